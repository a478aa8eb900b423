import { describe, expect, it } from 'vitest';
import { idMapOf } from '../id-map.ts';
import type { Call } from '../voice/call.ts';
import { mayHaveMonitors, noteMonitor } from './monitored.ts';

const call = (monitor?: 'listen'): Call =>
  ({
    id: 'c1',
    legs: idMapOf({
      'c1.0': { id: 'c1.0', party: 'customer', status: 'connected', startedAt: 0 },
      'c1.1': { id: 'c1.1', party: 'agent', userId: 'sue', status: 'connected', startedAt: 0, monitor },
    }),
  }) as unknown as Call;

describe('whether a workspace may have supervisors on its calls (R4, the pass after every decision)', () => {
  it('reads calls it has not seen (a state loaded from a snapshot) once: a monitor leg there counts', () => {
    expect(mayHaveMonitors(idMapOf({ c1: call('listen') }))).toBe(true);
    expect(mayHaveMonitors(idMapOf({ c1: call() }))).toBe(false);
    expect(mayHaveMonitors(idMapOf<Call>({}))).toBe(false);
  });

  it('once a supervision event noted a monitor, stays true for that record', () => {
    const calls = idMapOf<Call>({});
    expect(mayHaveMonitors(calls)).toBe(false);
    noteMonitor(calls);
    expect(mayHaveMonitors(calls)).toBe(true);
  });
});
