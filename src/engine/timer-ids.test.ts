import { describe, expect, it } from 'vitest';
import { evolve } from './evolve.ts';
import { IdMap } from './id-map.ts';
import { emptyWorkspace, type WorkspaceState, withTables } from './state.ts';
import { callHasTimers } from './timer-ids.ts';
import type { Timer } from './timers.ts';
import { Tx } from './tx.ts';

const timer = (id: string): Timer => ({ id, at: 1_000, command: { type: 'call.ring_timeout', callId: id } });

/** A snapshot as the code before timers became a Map wrote it: `timers` a plain record. */
const oldSnapshot = (timers: Record<string, Timer>): string =>
  JSON.stringify({ ...emptyWorkspace('ws'), exists: true, timers });

const load = (json: string): WorkspaceState =>
  withTables({ ...emptyWorkspace('ws'), ...(JSON.parse(json) as WorkspaceState) });

describe('set timers as a Map (issue 16 goal 6)', () => {
  it('follows timer.set and timer.cleared, and a cleared timer can be cleared only once', () => {
    const state = emptyWorkspace('ws');
    evolve(state, { type: 'timer.set', timer: timer('ring:c1') });
    expect(state.timers.has('ring:c1')).toBe(true);
    const tx = new Tx(state, 0, { kind: 'system' });
    tx.clearTimer('ring:c1');
    tx.clearTimer('ring:c1');
    tx.clearTimer('play:c1');
    expect(tx.events).toEqual([{ type: 'timer.cleared', timerId: 'ring:c1', reason: 'cancelled' }]);
    expect(state.timers.get('ring:c1')).toBeUndefined();
  });

  it('loads a snapshot written with timers as a record, and writes the same record back', () => {
    const json = oldSnapshot({ 'ring:c2': timer('ring:c2'), 'queue:c3': timer('queue:c3') });
    const state = load(json);
    expect(state.timers).toBeInstanceOf(IdMap);
    expect([...state.timers.keys()]).toEqual(['ring:c2', 'queue:c3']);
    expect(state.timers.get('ring:c2')).toEqual(timer('ring:c2'));
    expect(JSON.stringify(state)).toBe(json);
    const tx = new Tx(state, 0, { kind: 'system' });
    tx.clearTimer('ring:c2');
    expect(tx.events).toHaveLength(1);
    expect(state.timers.size).toBe(1);
  });

  it('keeps "__proto__" as an ordinary timer id through a snapshot', () => {
    const json =
      '{"timers":{"__proto__":{"id":"__proto__","at":5,"command":{"type":"call.ring_timeout","callId":"x"}}}}';
    const state = load(json);
    expect(state.timers.get('__proto__')?.at).toBe(5);
    expect(JSON.parse(JSON.stringify(state)).timers).toEqual(JSON.parse(json).timers);
  });

  it('takes back a structured clone of a state (a Map without its class)', () => {
    const state = emptyWorkspace('ws');
    evolve(state, { type: 'timer.set', timer: timer('ring:c6') });
    const copy = withTables(structuredClone(state));
    expect(copy.timers).toBeInstanceOf(IdMap);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(state));
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
    const state = load(oldSnapshot({ 'queue:c4': queue }));
    expect(callHasTimers(state.timers, 'c4')).toBe(true);
    expect(callHasTimers(state.timers, 'c5')).toBe(false);
  });
});
