import type { Command } from './commands.ts';
import type { Event } from './events.ts';
import { evolveTyped } from './evolve.ts';
import type { WorkspaceState } from './state.ts';
import type { Timer } from './timers.ts';
import type { Call } from './voice/call.ts';

/** Who issued a command: a user, an API key, the telephony driver or the engine's own timers. */
export type Actor =
  | { kind: 'user'; userId: string }
  | { kind: 'api_key'; keyId: string }
  | { kind: 'admin' }
  | { kind: 'driver' }
  | { kind: 'timer' }
  | { kind: 'system' };

/**
 * One decision in progress. `emit` applies each event at once, so later steps of the same
 * decision see its effects. Deciders check first and emit after, so a refused command
 * leaves no events behind.
 */
export class Tx {
  readonly events: Event[] = [];
  /**
   * Each event's type, beside it: the follow-ups after a decision walk its events for a few
   * types each, and reading `type` from events of dozens of shapes is a generic (megamorphic)
   * look-up every time; from this array it is a plain element read. eventOf then gives the
   * event as that type, so the reads of its other fields see one shape.
   */
  readonly types: Event['type'][] = [];
  /**
   * Calls as they stood when they ended in this decision (ended calls leave the state): a
   * call_missed workflow reads the caller from them, without a copy of every live call. A Map:
   * a call id is an object key nowhere else, and storing it as one would internalise it.
   */
  endedCalls: Map<string, Call> | undefined;

  constructor(
    public state: WorkspaceState,
    readonly now: number,
    readonly actor: Actor,
  ) {}

  emit(event: Event): void {
    const type = event.type;
    if (type === 'call.ended') {
      const call = this.state.calls.get(event.callId);
      if (call) {
        this.endedCalls ??= new Map();
        this.endedCalls.set(event.callId, call);
      }
    }
    this.events.push(event);
    this.types.push(type);
    this.state = evolveTyped(this.state, event, this.now, type);
  }

  /** The event at `index`, whose type (types[index]) the caller has checked. */
  eventOf<K extends Event['type']>(index: number, _type: K): Extract<Event, { type: K }> {
    return this.events[index] as Extract<Event, { type: K }>;
  }

  setTimer(id: string, at: number, command: Command): void {
    const timer: Timer = { id, at, command };
    this.emit({ type: 'timer.set', timer });
  }

  clearTimer(id: string): void {
    if (this.state.timers.has(id)) this.emit({ type: 'timer.cleared', timerId: id, reason: 'cancelled' });
  }
}
