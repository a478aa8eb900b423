import type { Presence } from '../domain/presence.ts';
import type { Command } from '../engine/commands.ts';
import { decide } from '../engine/decide.ts';
import type { Event } from '../engine/events.ts';
import type { WorkspaceState } from '../engine/state.ts';
import type { Actor } from '../engine/tx.ts';
import { effectsOf } from '../telephony/effects.ts';
import { EventQueue } from './event-queue.ts';
import { type Figures, type IntervalFigures, Metrics } from './metrics.ts';
import type { Arrival } from './traffic.ts';

/** An agent logs in or out (or pauses) at a time: a presence schedule. */
export interface PresenceChange {
  /** Milliseconds from the start of the run. */
  at: number;
  userId: string;
  presence: Presence;
}

export interface SimulationInput {
  /** The workspace as the run starts (it is changed in place: pass a copy to keep it). */
  state: WorkspaceState;
  /** The virtual clock's time at the start of the run (epoch ms): hours and schedules read it. */
  startAt: number;
  durationMs: number;
  /** Callers, in time order. */
  arrivals: Iterable<Arrival>;
  presence?: PresenceChange[];
  /** How long an agent's phone rings before they pick up; 0 for the textbook case. */
  answerDelayMs?: number;
  /** How long a caller takes to press a key once a menu's prompt has played (2 s when not given). */
  keyDelayMs?: number;
  thresholdSec: number;
  intervalMs?: number;
  /** Calls arriving before this count for nothing: the run starts empty, real centres do not. */
  warmUpMs?: number;
  /** After the last arrival, calls still in progress finish for at most this long. */
  drainMs?: number;
  /** Called now and then with the share of virtual time done. */
  onProgress?: (done: number) => void;
}

export interface SimulationResult {
  overall: Figures;
  intervals: IntervalFigures[];
  /** Calls answered per agent (measured window), by user id. */
  answeredBy: Record<string, number>;
  commands: number;
  events: number;
  /** Commands the engine refused (the simulated network never sends one it knows to be stale). */
  refused: number;
  /** Calls still live when the drain ran out. */
  unfinished: number;
}

const timerActor: Actor = { kind: 'timer' };
const driverActor: Actor = { kind: 'driver' };

/**
 * The events whose effects the simulated network acts on (a phone rings, a leg is bridged or
 * dropped, the call is over); most of a day's events (timers, routing, queue positions) have
 * none it needs, and asking for them would build an empty list per event.
 */
const reactsTo = new Set<string>([
  'call.leg_ringing',
  'call.monitor_ringing',
  'call.leg_answered',
  'call.leg_ended',
  'call.ended',
]);

type Agenda =
  | { kind: 'arrival'; arrival: Arrival }
  | { kind: 'timer'; timerId: string }
  | { kind: 'answer'; callId: string; legId: string }
  | { kind: 'hang_up'; callId: string }
  | { kind: 'abandon'; callId: string }
  | { kind: 'press'; callId: string; menuId: string }
  | { kind: 'presence'; change: PresenceChange };

interface LiveCall {
  arrivedAt: number;
  handleMs: number;
  customerLegId: string;
  answeredAt?: number;
  queued: boolean;
  /** Keys still to press, one per menu to come. */
  keys: (string | null)[];
}

/**
 * Plays the phone network around the real engine on a virtual clock (M1): callers dial in,
 * agents' phones answer what rings, callers hang up after their talk or when their patience
 * runs out, and the engine's own timers (ring timeouts, queue limits) fire at their due time
 * from this agenda. Everything goes through decide/evolve as the commands the simulated
 * telephony driver submits; what the sim does is read from the effects of the events.
 */
export class Simulation {
  private state: WorkspaceState;
  private readonly agenda = new EventQueue<Agenda>();
  private readonly arrivals: Iterator<Arrival>;
  private readonly live = new Map<string, LiveCall>();
  private readonly connected = new Set<string>();
  private readonly connectedPerAgent = new Map<string, number>();
  private readonly metrics: Metrics;
  private readonly answerDelayMs: number;
  private readonly keyDelayMs: number;
  private now = 0;
  private calls = 0;
  private commands = 0;
  private events = 0;
  private refused = 0;

  constructor(private readonly input: SimulationInput) {
    this.state = input.state;
    this.answerDelayMs = input.answerDelayMs ?? 0;
    this.keyDelayMs = input.keyDelayMs ?? 2000;
    this.metrics = new Metrics(
      input.intervalMs ?? 30 * 60_000,
      input.warmUpMs ?? 0,
      input.durationMs,
      input.thresholdSec * 1000,
    );
    this.arrivals = input.arrivals[Symbol.iterator]();
    for (const timer of this.state.timers.values())
      this.agenda.push(timer.at - input.startAt, { kind: 'timer', timerId: timer.id });
    for (const change of input.presence ?? []) this.agenda.push(change.at, { kind: 'presence', change });
    this.metrics.staffed.set(
      0,
      Object.values(this.state.users).filter((user) => loggedIn(user.presence)).length,
    );
  }

  run(): SimulationResult {
    const { durationMs } = this.input;
    const drainEnd = durationMs + (this.input.drainMs ?? 4 * 3_600_000);
    this.nextArrival();
    let steps = 0;
    for (let next = this.agenda.pop(); next; next = this.agenda.pop()) {
      const draining = next.at >= durationMs;
      if (draining && (this.live.size === 0 || next.at > drainEnd)) break;
      this.now = next.at;
      this.handle(next.item, draining);
      steps += 1;
      if (this.input.onProgress && steps % 20_000 === 0)
        this.input.onProgress(Math.min(1, this.now / durationMs));
    }
    const { overall, intervals } = this.metrics.finish(durationMs);
    return {
      overall,
      intervals,
      answeredBy: Object.fromEntries(this.metrics.answeredBy),
      commands: this.commands,
      events: this.events,
      refused: this.refused,
      unfinished: this.live.size,
    };
  }

  private nextArrival(): void {
    const next = this.arrivals.next();
    if (!next.done) this.agenda.push(next.value.at, { kind: 'arrival', arrival: next.value });
  }

  private handle(item: Agenda, draining: boolean): void {
    switch (item.kind) {
      case 'arrival':
        return this.arrive(item.arrival);
      case 'timer': {
        const timer = this.state.timers.get(item.timerId);
        // Cleared or moved since it was put on the agenda: the engine would do nothing.
        if (timer && timer.at - this.input.startAt <= this.now)
          this.submit({ type: 'timer.fire', timerId: item.timerId });
        return;
      }
      case 'answer': {
        const leg = this.state.calls.get(item.callId)?.legs.get(item.legId);
        if (leg?.status === 'ringing')
          this.submit({ type: 'call.answer_leg', callId: item.callId, legId: item.legId });
        return;
      }
      case 'hang_up':
      case 'abandon': {
        const call = this.live.get(item.callId);
        if (!call || (item.kind === 'abandon' && call.answeredAt !== undefined)) return;
        this.submit({ type: 'call.hangup_leg', callId: item.callId, legId: call.customerLegId });
        return;
      }
      case 'press': {
        const call = this.live.get(item.callId);
        const key = call?.keys.shift();
        // The menu may have timed out, or the call moved on, while the caller was thinking.
        if (!key || this.state.calls.get(item.callId)?.menu?.menuId !== item.menuId) return;
        this.submit({ type: 'call.dtmf', callId: item.callId, digits: key });
        return;
      }
      case 'presence':
        if (!draining)
          this.submit({ type: 'presence.set', userId: item.change.userId, presence: item.change.presence });
    }
  }

  private arrive(arrival: Arrival): void {
    this.nextArrival();
    this.calls += 1;
    const callId = `sim${this.calls}`;
    this.live.set(callId, {
      arrivedAt: this.now,
      handleMs: arrival.handleMs,
      customerLegId: `${callId}.0`,
      queued: false,
      keys: arrival.keys ? [...arrival.keys] : [],
    });
    if (Number.isFinite(arrival.patienceMs))
      this.agenda.push(this.now + arrival.patienceMs, { kind: 'abandon', callId });
    this.submit({ type: 'call.inbound', callId, from: arrival.from, to: arrival.to });
  }

  private submit(command: Command): void {
    this.commands += 1;
    const actor = command.type === 'timer.fire' ? timerActor : driverActor;
    const decision = decide(this.state, command, this.input.startAt + this.now, actor);
    if (!decision.ok) {
      // A refusal after emitting leaves the state half-changed: a bug to surface, not to average.
      if (decision.dirty) throw decision.error;
      this.refused += 1;
      return;
    }
    this.state = decision.state;
    this.events += decision.events.length;
    for (const event of decision.events) this.observe(event);
    this.metrics.queueLength(this.now, this.state.waiting.length);
  }

  /** What the phone network and the report make of one event. */
  private observe(event: Event): void {
    if (event.type === 'timer.set')
      this.agenda.push(event.timer.at - this.input.startAt, { kind: 'timer', timerId: event.timer.id });
    else if (event.type === 'call.awaiting_input') this.awaitingInput(event.callId, event.menuId);
    else if (event.type === 'call.queued') {
      const call = this.live.get(event.callId);
      if (call) call.queued = true;
    } else if (event.type === 'presence.changed') {
      if (loggedIn(event.from) !== loggedIn(event.to))
        this.metrics.staffed.set(this.now, this.metrics.staffed.value + (loggedIn(event.to) ? 1 : -1));
    }
    if (!reactsTo.has(event.type)) return;
    for (const effect of effectsOf(event)) {
      if (effect.kind === 'ring') this.ring(effect.callId, effect.legId);
      else if (effect.kind === 'bridge') this.answered(effect.callId, effect.legId, effect.userId);
      else if (effect.kind === 'drop_leg') this.dropped(effect.legId, effect.userId);
      else if (effect.kind === 'hang_up') this.ended(effect.callId, effect.outcome);
    }
  }

  /** A caller with a key for this menu presses it after a moment; a silent one lets it time out. */
  private awaitingInput(callId: string, menuId: string): void {
    const call = this.live.get(callId);
    if (!call || call.keys.length === 0) return;
    if (call.keys[0] === null) {
      call.keys.shift();
      return;
    }
    this.agenda.push(this.now + this.keyDelayMs, { kind: 'press', callId, menuId });
  }

  private ring(callId: string, legId: string): void {
    this.agenda.push(this.now + this.answerDelayMs, { kind: 'answer', callId, legId });
  }

  private answered(callId: string, legId: string, userId: string | undefined): void {
    const call = this.live.get(callId);
    if (!call || !userId) return;
    this.connected.add(legId);
    const legs = (this.connectedPerAgent.get(userId) ?? 0) + 1;
    this.connectedPerAgent.set(userId, legs);
    if (legs === 1) this.metrics.busy.set(this.now, this.metrics.busy.value + 1);
    if (call.answeredAt !== undefined) return;
    call.answeredAt = this.now;
    this.metrics.agentAnswered(userId, call.arrivedAt);
    this.agenda.push(this.now + call.handleMs, { kind: 'hang_up', callId });
  }

  private dropped(legId: string, userId: string | undefined): void {
    if (!userId || !this.connected.delete(legId)) return;
    const legs = (this.connectedPerAgent.get(userId) ?? 1) - 1;
    this.connectedPerAgent.set(userId, legs);
    if (legs === 0) this.metrics.busy.set(this.now, this.metrics.busy.value - 1);
  }

  private ended(callId: string, outcome: string): void {
    const call = this.live.get(callId);
    if (!call) return;
    this.live.delete(callId);
    this.metrics.callEnded(call.arrivedAt, call.answeredAt, call.queued, outcome === 'abandoned');
  }
}

const loggedIn = (presence: Presence) => presence === 'online' || presence === 'pre_pause';

export function simulate(input: SimulationInput): SimulationResult {
  return new Simulation(input).run();
}
