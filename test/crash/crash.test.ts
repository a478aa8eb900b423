import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../../src/engine/events.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { machineBound } from '../support/cluster.ts';
import { type Child, running, startChild } from './child-process.ts';
import { seeded } from './seeded.ts';

// Two server processes start: 30 s is ample on a quiet machine, not on a loaded one
// (the test timed out once at 30 s with the load average at 17), so the bound scales with it.
vi.setConfig({ testTimeout: machineBound(30_000) });

async function kill(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}

/** Sends one request; true only if the server acknowledged it with a 2xx. */
async function acknowledged(
  child: Child,
  token: string,
  method: string,
  path: string,
  body: unknown,
): Promise<boolean> {
  try {
    const response = await fetch(`${child.base}/v1/workspaces/${seeded.workspaceId}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

afterEach(async () => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

describe('crash safety (X2, ARCHITECTURE: timers are state)', () => {
  it('keeps every acknowledged command across a SIGKILL, and fires an overdue ring timer on restart', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'sb-crash-')), 'switchboard.db');
    const first = await startChild(db, ['--seed']);
    const token = first.adminToken!;
    expect(token).toBeTruthy();

    // A call rings the online agent; its 30-second ring timer is pending when the process dies.
    const placed = await fetch(`${first.base}/v1/workspaces/${seeded.workspaceId}/sim/calls`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ from: '+34600111222', to: seeded.number }),
    });
    expect(placed.status).toBe(201);
    const { callId } = (await placed.json()) as { callId: string };

    // A stream of commands, many in flight at once; the process is killed partway through.
    const createdUsers: string[] = [];
    const presenceAcked = new Map<string, string[]>(seeded.togglers.map((userId) => [userId, []]));
    const totalUsers = 600;
    const killAfter = 150;
    let acks = 0;
    let killed: Promise<void> | undefined;
    const noteAck = () => {
      acks += 1;
      if (acks >= killAfter && !killed) killed = kill(first);
    };
    let nextUser = 0;
    const createUsers = async () => {
      while (nextUser < totalUsers && !killed) {
        const userId = `u_${nextUser++}`;
        const body = { id: userId, name: `User ${userId}`, email: `${userId}@acme.test` };
        if (await acknowledged(first, token, 'POST', '/users', body)) {
          createdUsers.push(userId);
          noteAck();
        }
      }
    };
    // Each toggler's changes go one at a time, so the acknowledged ones are a prefix of what is stored.
    const togglePresence = async (userId: string) => {
      for (let i = 0; !killed && i < 1000; i++) {
        const presence = i % 2 === 0 ? 'online' : 'offline';
        if (!(await acknowledged(first, token, 'PUT', `/users/${userId}/presence`, { presence }))) return;
        presenceAcked.get(userId)!.push(presence);
        noteAck();
      }
    };
    await Promise.all([...Array.from({ length: 8 }, createUsers), ...seeded.togglers.map(togglePresence)]);
    await (killed ?? kill(first));
    expect(acks).toBeGreaterThanOrEqual(killAfter);
    expect(createdUsers.length).toBeLessThan(totalUsers);

    // Restart 31 s "later": the ring timer is overdue and fires as the runtime starts.
    const second = await startChild(db, ['--clock-offset-ms', '31000']);
    expect(second.adminToken).toBeNull();
    const agent = await fetch(
      `${second.base}/v1/workspaces/${seeded.workspaceId}/users/${createdUsers.at(-1)}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(agent.status).toBe(200);
    await kill(second);

    const store = new SqliteStore(db);
    let events: StoredEvent[];
    try {
      events = await store.loadEvents(seeded.workspaceId, 0, 1_000_000);
    } finally {
      await store.close();
    }

    const storedUsers = new Set(
      events.flatMap(({ event }) => (event.type === 'user.created' ? [event.user.id] : [])),
    );
    for (const userId of createdUsers)
      expect(storedUsers.has(userId), `${userId} was acknowledged`).toBe(true);
    for (const [userId, acked] of presenceAcked) {
      const stored = events.flatMap(({ event }) =>
        event.type === 'presence.changed' && event.userId === userId ? [event.to] : [],
      );
      expect(stored.slice(0, acked.length), `presence of ${userId}`).toEqual(acked);
    }

    const call = events.filter(({ event }) => 'callId' in event && event.callId === callId);
    const received = call.find(({ event }) => event.type === 'call.received')!;
    const ended = call.find(({ event }) => event.type === 'call.ended');
    expect(ended?.event).toMatchObject({ type: 'call.ended', outcome: 'missed' });
    expect(ended!.at - received.at).toBeGreaterThanOrEqual(30_000);
    expect(call.some(({ event }) => event.type === 'call.leg_ended' && event.reason === 'no_answer')).toBe(
      true,
    );
    expect(events.map((stored) => stored.seq)).toEqual(events.map((_, index) => index + 1));
  });
});
