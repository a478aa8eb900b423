import type { Event } from '../events.ts';
import type { Tx } from '../tx.ts';
import type { Call } from '../voice/call.ts';
import { monitorAudio, servedLegs } from './audio.ts';
import { mayHaveMonitors } from './monitored.ts';

/**
 * Whether an event may have changed what a supervisor on the call hears: it rewired the line
 * (every event with `audio`: hold, resume, a transfer's steps, another supervisor joining),
 * or someone who was talking on it left (a direct transfer's initiator, an agent hanging up).
 */
function rewires(event: Event, call: Call): boolean {
  if (event.type === 'call.monitor_followed') return false;
  if ('audio' in event && event.audio) return true;
  if (event.type !== 'call.leg_ended') return false;
  const leg = call.legs.get(event.legId);
  return leg !== undefined && leg.monitor === undefined && leg.answeredAt !== undefined;
}

/**
 * R4 (issue 21): after a decision, every supervisor connected to a call it rewired is told
 * what they hear now, so they follow the agent's side through a hold or a consult and the call
 * to its new agent after a transfer (see monitorAudio). A supervisor's own join or mode change
 * already said so; another's may have taken the agent's audio, so it counts.
 */
export function followMonitors(tx: Tx, events: readonly Event[]): void {
  if (!mayHaveMonitors(tx.state.calls)) return;
  /** Per call: the monitor legs whose own join or mode change rewired it, or '*' for anything else. */
  const rewired = new Map<string, Set<string>>();
  for (const event of events) {
    if (!('callId' in event) || typeof event.callId !== 'string') continue;
    const call = tx.state.calls.get(event.callId);
    // Most calls have no supervisor: nothing is built for them on this path run after every decision.
    if (!call || !rewires(event, call) || !hasMonitor(call)) continue;
    const by = rewired.get(call.id) ?? new Set<string>();
    const own = event.type === 'call.monitor_joined' || event.type === 'call.monitor_changed';
    by.add(own ? event.legId : '*');
    rewired.set(call.id, by);
  }
  for (const [callId, by] of rewired) {
    const call = tx.state.calls.get(callId);
    if (call) followCall(tx, call, by);
  }
}

function hasMonitor(call: Call): boolean {
  for (const leg of call.legs.values()) if (leg.monitor !== undefined) return true;
  return false;
}

function followCall(tx: Tx, call: Call, by: Set<string>): void {
  for (const leg of call.legs.values()) {
    if (leg.monitor === undefined || leg.status !== 'connected' || !leg.userId) continue;
    if (by.size === 1 && by.has(leg.id)) continue;
    const agentIds = servedLegs(call).agents.flatMap((agent) => (agent.userId ? [agent.userId] : []));
    tx.emit({
      type: 'call.monitor_followed',
      callId: call.id,
      legId: leg.id,
      userId: leg.userId,
      mode: leg.monitor,
      agentIds,
      audio: monitorAudio(call, leg.id, leg.monitor),
    });
  }
}
