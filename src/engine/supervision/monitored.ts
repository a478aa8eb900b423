import type { IdMap } from '../id-map.ts';
import type { Call } from '../voice/call.ts';

/**
 * Whether any call of a workspace has had a supervisor's leg, kept beside `state.calls` (keyed
 * by that record, like the set timer ids) so the pass that follows monitors after every
 * decision costs nothing in a centre nobody supervises. Once true it stays true: a monitor's
 * leg comes only from a supervision event, which notes it here. A record this process has not
 * seen (a state loaded from a snapshot) is read once. Never stored.
 */
const monitored = new WeakMap<object, boolean>();

export function mayHaveMonitors(calls: IdMap<Call>): boolean {
  let known = monitored.get(calls);
  if (known === undefined) {
    known = false;
    for (const call of calls.values())
      for (const leg of call.legs.values()) if (leg.monitor !== undefined) known = true;
    monitored.set(calls, known);
  }
  return known;
}

export function noteMonitor(calls: IdMap<Call>): void {
  monitored.set(calls, true);
}
