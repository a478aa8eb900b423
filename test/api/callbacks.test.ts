import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VirtualClock } from '../../src/runtime/clock.ts';
import { startTestServer } from '../support/server.ts';
import { VoiceDriver } from '../support/voice.ts';

/*
 * R3 and R4 over the API (issue 21), one server for the file: Alex (u_agent) is the only
 * agent online and busy on a first call; the second caller asks to be called back; Sam
 * (u_sup) watches the live board. The callbacks survive a restart.
 */

let v: VoiceDriver;
let first: string;
let second: string;
const callback = { enabled: true, key: '*', mode: 'agent_first', retries: 1, retryDelaySec: 60 };

beforeAll(async () => {
  v = await VoiceDriver.start();
  await v.ok('POST', '/billing/top-ups', { amountCents: 5000 }, 200);
  await v.configure({ strategy: 'sequential', noAnswerAction: { kind: 'hang_up' }, callback });
  await v.online('u_agent');
  first = await v.place('+34600000001');
  await v.answer('u_agent', v.ws.tokens.agent);
  second = await v.place('+34600000002');
});
afterAll(async () => v.close());

const request = (method: string, path: string, token: string, body?: unknown) =>
  v.server.request(method, `${v.base}${path}`, { token, body });

describe('callbacks and the live board over the API (R3, R4)', () => {
  it('R3: the callback option is a number setting; bad values name the field and change nothing', async () => {
    expect((await v.ok('GET', '/numbers/n_main/settings')).callback).toEqual(callback);
    for (const [patch, field] of [
      [{ key: '#' }, 'callback.key'],
      [{ retries: 7 }, 'callback.retries'],
      [{ mode: 'later' }, 'callback.mode'],
    ] as const) {
      const refused = await request('PATCH', '/numbers/n_main/settings', v.ws.tokens.admin, {
        callback: patch,
      });
      expect(refused.status).toBe(400);
      expect(JSON.stringify(refused.body)).toContain(field.split('.')[1]!);
    }
    expect((await v.ok('GET', '/numbers/n_main/settings')).callback).toEqual(callback);
  });

  it('R3: the waiting caller is told the option, presses * and #, and their call ends as a callback that keeps its place', async () => {
    const handset = await v.ok('GET', `/sim/calls/${second}`, undefined, 200, v.ws.tokens.agent);
    expect(handset).toMatchObject({ state: 'queued', queuePosition: 1 });
    expect(handset.announcements[0]).toMatch(/press star/);
    await v.digits(second, '*#');
    expect((await v.call(second)).outcome).toBe('callback');
    const { items } = await v.ok('GET', '/callbacks', undefined, 200, v.ws.tokens.supervisor);
    expect(items).toEqual([
      expect.objectContaining({
        callbackId: `cb_${second}`,
        to: '+34600000002',
        status: 'waiting',
        position: 1,
      }),
    ]);
    expect((await v.ok('GET', '/callbacks', undefined, 200, v.ws.tokens.agent)).items).toEqual([]);
    // Neither answered nor lost: the wallboard does not count it as missed.
    expect((await v.ok('GET', '/wallboard')).today).toMatchObject({ missed: 0, answered: 1 });
  });

  it('R4: the live board shows supervisors every call and callback; agents may not see it', async () => {
    const board = await v.ok('GET', '/live', undefined, 200, v.ws.tokens.supervisor);
    expect(board.calls).toEqual([
      expect.objectContaining({
        callId: first,
        state: 'connected',
        agentId: 'u_agent',
        from: '+34600000001',
      }),
    ]);
    expect(board.callbacks).toEqual([expect.objectContaining({ callbackId: `cb_${second}`, position: 1 })]);
    expect(board.conversations).toEqual([]);
    expect((await request('GET', '/live', v.ws.tokens.agent)).status).toBe(403);
  });

  it('R3: when Alex is free the callback is offered to him; accepting calls the customer with him on the line', async () => {
    await v.hangUp(first);
    const offered = (await v.ok('GET', '/callbacks', undefined, 200, v.ws.tokens.agent)).items;
    expect(offered).toEqual([expect.objectContaining({ status: 'offered', userId: 'u_agent' })]);
    const cancelByAgent = await request('POST', `/callbacks/cb_${second}/cancel`, v.ws.tokens.agent, {
      userId: 'u_sup',
    });
    expect(cancelByAgent.status).toBe(403);
    await v.ok('POST', `/callbacks/cb_${second}/accept`, {}, 204, v.ws.tokens.agent);
    const placed = `cb_${second}_1`;
    expect(await v.ok('GET', `/sim/calls/${placed}`, undefined, 200, v.ws.tokens.agent)).toMatchObject({
      direction: 'outbound',
      to: '+34600000002',
    });
    await v.ok('POST', `/sim/calls/${placed}/answer`, undefined, 200, v.ws.tokens.agent);
    await v.hangUp(placed);
    const timeline = await v.ok('GET', `/history/callback/cb_${second}`);
    expect(timeline.items.map((entry: { type: string }) => entry.type)).toEqual([
      'callback.requested',
      'callback.offered',
      'callback.dialing',
      'callback.connected',
      'callback.finished',
    ]);
    expect(timeline.items.at(-1).data).toMatchObject({ outcome: 'answered' });
  });

  it('R3: a waiting callback survives a restart at its place', async () => {
    await v.place('+34600000004');
    await v.answer('u_agent', v.ws.tokens.agent);
    const waiting = await v.place('+34600000005');
    await v.digits(waiting, '*#');
    const clock = v.server.clock as VirtualClock;
    await v.server.close();
    const again = await startTestServer({ dir: v.server.dir, clock });
    const { items } = (await again.request('GET', `${v.base}/callbacks`, { token: v.ws.tokens.supervisor }))
      .body;
    expect(items).toEqual([
      expect.objectContaining({ callbackId: `cb_${waiting}`, status: 'waiting', position: 1 }),
    ]);
    await again.close();
  });
});
