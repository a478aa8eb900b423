import { describe, expect, it } from 'vitest';
import { StreamFilter } from '../../app/event-visibility/filter.ts';
import type { Principal } from '../../app/principal.ts';
import { emptyWorkspace } from '../../engine/state.ts';
import { closeCodes, EventStream } from './event-stream.ts';

const supervisor: Principal = {
  kind: 'user',
  workspaceId: 'acme',
  userId: 'u_sam',
  role: 'supervisor',
  tokenHash: 'h',
};

function fakeSocket(bufferedAmount: number) {
  const socket = {
    readyState: 1,
    bufferedAmount,
    sent: [] as string[],
    closed: undefined as number | undefined,
    send(data: string) {
      this.sent.push(data);
    },
    close(code: number) {
      this.closed = code;
      this.readyState = 2;
    },
    terminate() {
      this.readyState = 3;
    },
  };
  return socket;
}

const presence = {
  workspaceId: 'acme',
  seq: 7,
  at: Date.UTC(2026, 0, 5),
  event: { type: 'presence.changed', userId: 'u_ann', from: 'offline', to: 'online', reason: 'requested' },
} as const;

describe('an event stream', () => {
  it('sends each visible event as its public messages, { type, version, seq, at, data } (SPEC I4)', () => {
    const socket = fakeSocket(0);
    new EventStream(socket as never, new StreamFilter(supervisor, emptyWorkspace('acme'))).deliver(
      [presence],
      new Map(),
    );
    expect(socket.sent.map((text) => JSON.parse(text))).toEqual([
      {
        type: 'presence.changed',
        version: 1,
        seq: 7,
        at: '2026-01-05T00:00:00.000Z',
        data: { userId: 'u_ann', from: 'offline', to: 'online', reason: 'requested' },
      },
    ]);
  });

  it('closes a client that has fallen more than the limit behind with 1013, instead of buffering', () => {
    const socket = fakeSocket(2 << 20);
    const stream = new EventStream(socket as never, new StreamFilter(supervisor, emptyWorkspace('acme')));
    stream.deliver([presence, { ...presence, seq: 8 }], new Map());
    expect(socket.sent).toEqual([]);
    expect(socket.closed).toBe(closeCodes.tooSlow);
  });
});
