import { describe, expect, it } from 'vitest';
import { evolve } from './evolve.ts';
import { emptyWorkspace } from './state.ts';
import { table } from './table.ts';
import { callHasTimers, timerIsSet } from './timer-ids.ts';
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

  it('counts the set timers each call has, so a call ending with none probes no timer id', () => {
    const state = emptyWorkspace('ws');
    const ring: Timer = { id: 'ring:c3', at: 1_000, command: { type: 'call.ring_timeout', callId: 'c3' } };
    const queue: Timer = { id: 'queue:c3', at: 2_000, command: { type: 'call.queue_timeout', callId: 'c3' } };
    evolve(state, { type: 'timer.set', timer: ring });
    evolve(state, { type: 'timer.set', timer: { ...ring, at: 1_500 } });
    evolve(state, { type: 'timer.set', timer: queue });
    expect(callHasTimers(state.timers, 'c3')).toBe(true);
    evolve(state, { type: 'timer.cleared', timerId: 'ring:c3', reason: 'fired' });
    expect(callHasTimers(state.timers, 'c3')).toBe(true);
    evolve(state, { type: 'timer.cleared', timerId: 'queue:c3', reason: 'cancelled' });
    expect(callHasTimers(state.timers, 'c3')).toBe(false);
  });

  it('knows the calls of a state loaded with timers already in it', () => {
    const queue: Timer = { id: 'queue:c4', at: 2_000, command: { type: 'call.queue_timeout', callId: 'c4' } };
    const state = { ...emptyWorkspace('ws'), timers: Object.assign(table<Timer>(), { 'queue:c4': queue }) };
    expect(callHasTimers(state.timers, 'c4')).toBe(true);
    expect(callHasTimers(state.timers, 'c5')).toBe(false);
  });
});
