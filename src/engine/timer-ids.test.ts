import { describe, expect, it } from 'vitest';
import { evolve } from './evolve.ts';
import { emptyWorkspace } from './state.ts';
import { table } from './table.ts';
import { timerIsSet } from './timer-ids.ts';
import type { Timer } from './timers.ts';
import { Tx } from './tx.ts';

const timer = (id: string): Timer => ({ id, at: 1_000, command: { type: 'call.ring_timeout', callId: id } });

describe('timers set, as a Map beside state.timers (issue 16 goal 6)', () => {
  it('follows timer.set and timer.cleared, and a cleared timer can be cleared only once', () => {
    const state = emptyWorkspace('ws');
    evolve(state, { type: 'timer.set', timer: timer('ring:c1') });
    expect(timerIsSet(state.timers, 'ring:c1')).toBe(true);
    const tx = new Tx(state, 0, { kind: 'system' });
    tx.clearTimer('ring:c1');
    tx.clearTimer('ring:c1');
    tx.clearTimer('play:c1');
    expect(tx.events).toEqual([{ type: 'timer.cleared', timerId: 'ring:c1', reason: 'cancelled' }]);
    expect(state.timers['ring:c1']).toBeUndefined();
  });

  it('reads a state loaded with timers already in it (a snapshot) from its record', () => {
    const state = {
      ...emptyWorkspace('ws'),
      timers: Object.assign(table<Timer>(), { 'ring:c2': timer('ring:c2') }),
    };
    const tx = new Tx(state, 0, { kind: 'system' });
    tx.clearTimer('ring:c2');
    expect(tx.events).toHaveLength(1);
    expect(Object.keys(state.timers)).toEqual([]);
  });
});
