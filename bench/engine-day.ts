/**
 * Issue 16, goal 6: a simulated day of a 500-agent centre through the engine alone (decide +
 * evolve, no store): 200,000 inbound calls with a realistic live population: about 85% of the
 * agents on a call at any time, calls queueing when everyone is busy, 10% of offers ringing out
 * and 5% rejected, 40% of calls put on hold and resumed, agents pausing for breaks, timers fired
 * at their time. The goal: the whole day in ≤ 10 s. The figure is commands/s and wall time; the
 * time spent inside decide() alone is printed too (the rest is this simulator).
 * Run: node --expose-gc --import tsx bench/engine-day.ts [calls] [--hash]
 * With --hash it also prints a SHA-256 over every accepted decision's events (JSON, in order),
 * so a change to the engine can be checked to decide the same day byte for byte; hashing costs
 * time, so a run with it is not a timing.
 */
import { createHash } from 'node:crypto';
import type { Command } from '../src/engine/commands.ts';
import { decide } from '../src/engine/decide.ts';
import type { Event } from '../src/engine/events.ts';
import type { Actor } from '../src/engine/tx.ts';
import type { Leg } from '../src/engine/voice/call.ts';
import { EventQueue } from '../src/sim/event-queue.ts';
import { count, machine, seededRandom, table } from './support/report.ts';
import { buildWorkspace, businessNumber, customerNumber } from './support/workspace.ts';

const args = process.argv.slice(2);
const totalCalls = Number(args.find((arg) => !arg.startsWith('--')) ?? 200_000);
const history = args.includes('--hash') ? createHash('sha256') : undefined;
const agents = 500;
const goalSeconds = 10;
/** Mean seconds an agent spends per call (ringing + talk); arrivals keep ~85% of agents busy. */
const meanHandleSec = 5 + 180;
const arrivalsPerSec = (0.85 * agents) / meanHandleSec;

type Kind = 'arrive' | 'ring' | 'hold' | 'resume' | 'hangup' | 'timer' | 'break' | 'back';
/**
 * What the driver does next. Every action has every field, those its kind does not use empty:
 * the driver reads thousands a second, and one shape keeps those reads monomorphic.
 */
interface Action {
  kind: Kind;
  callId: string;
  legId: string;
  userId: string;
  timerId: string;
  /**
   * The leg an agent acts on, as the engine keeps it: evolve changes a leg in place, and ends
   * every live leg of a call before the call ends, so its status says whether the action is
   * still due. Taken once when the leg rings or is answered (the call just touched), instead of
   * two look-ups by id of a call untouched for minutes at each of ring, hold, resume and hang-up.
   */
  leg: Leg | undefined;
}
const action = (kind: Kind, ids: Partial<Omit<Action, 'kind'>> = {}): Action => ({
  kind,
  callId: ids.callId ?? '',
  legId: ids.legId ?? '',
  userId: ids.userId ?? '',
  timerId: ids.timerId ?? '',
  leg: ids.leg,
});

/** A leg of a live call, by ids (just after the event about it was applied). */
const legOf = (callId: string, legId: string): Leg | undefined =>
  driver.state.calls.get(callId)?.legs.get(legId);

const { driver, agentIds } = buildWorkspace(agents, 'longest_idle');
const random = seededRandom(16);
const between = (low: number, high: number) => low + random() * (high - low);
/** What is due when; ties in insertion order (the simulator's own agenda). */
const agenda = new EventQueue<Action>();
let decideMs = 0;
let commands = 0;
let events = 0;
let arrived = 0;
const outcomes = new Map<string, number>();
let peakLive = 0;
/** Calls received and not ended yet, kept from the events: for-in or Object.keys over the live calls lists them all. */
let liveCalls = 0;
let busySamples = 0;
let busySum = 0;

function run(command: Command, actor: Actor = { kind: 'system' }): Event[] {
  // performance.now(), not hrtime.bigint(): no BigInt made twice per command.
  const mark = performance.now();
  const decision = decide(driver.state, command, driver.now, actor);
  decideMs += performance.now() - mark;
  if (!decision.ok) return [];
  driver.state = decision.state;
  commands += 1;
  events += decision.events.length;
  history?.update(JSON.stringify(decision.events));
  for (const event of decision.events) schedule(event);
  return decision.events;
}

/** What happens next because of an event: an agent reacts to a ringing leg, a timer falls due, … */
function schedule(event: Event): void {
  const now = driver.now;
  // A switch reads the type once: events come in dozens of shapes, each read a generic look-up.
  switch (event.type) {
    case 'timer.set':
      agenda.push(event.timer.at, action('timer', { timerId: event.timer.id }));
      return;
    case 'call.leg_ringing':
      if (event.userId)
        agenda.push(
          now + between(2_000, 8_000),
          action('ring', { callId: event.callId, legId: event.legId, leg: legOf(event.callId, event.legId) }),
        );
      return;
    case 'call.leg_answered': {
      if (!event.userId) return;
      const base = {
        callId: event.callId,
        legId: event.legId,
        userId: event.userId,
        leg: legOf(event.callId, event.legId),
      };
      const talk = between(60_000, 300_000);
      if (random() < 0.4) {
        const holdAt = now + talk * between(0.2, 0.6);
        agenda.push(holdAt, action('hold', base));
        agenda.push(holdAt + between(10_000, 30_000), action('resume', base));
      }
      agenda.push(now + talk + 40_000, action('hangup', base));
      return;
    }
    case 'call.received':
      liveCalls += 1;
      return;
    case 'call.ended':
      liveCalls -= 1;
      outcomes.set(event.outcome, (outcomes.get(event.outcome) ?? 0) + 1);
      return;
  }
}

function act(next: Action): void {
  const state = driver.state;
  switch (next.kind) {
    case 'arrive': {
      arrived += 1;
      run({
        type: 'call.inbound',
        callId: `c_${arrived}`,
        from: customerNumber(arrived),
        to: businessNumber,
      });
      if (arrived < totalCalls)
        agenda.push(driver.now - Math.log(1 - random()) * (1000 / arrivalsPerSec), next);
      return;
    }
    case 'ring': {
      if (next.leg?.status !== 'ringing') return;
      const draw = random();
      if (draw < 0.85) run({ type: 'call.answer_leg', callId: next.callId, legId: next.legId });
      else if (draw < 0.9) run({ type: 'call.reject_leg', callId: next.callId, legId: next.legId });
      return; // else it rings out: the ring timer fires
    }
    case 'hold':
    case 'resume':
    case 'hangup': {
      if (next.leg?.status !== 'connected') return;
      if (next.kind === 'hangup') run({ type: 'call.hangup_leg', callId: next.callId, legId: next.legId });
      else
        run(
          {
            type: next.kind === 'hold' ? 'call.hold' : 'call.resume',
            callId: next.callId,
            userId: next.userId,
          },
          { kind: 'user', userId: next.userId },
        );
      return;
    }
    case 'timer': {
      const timer = state.timers.get(next.timerId);
      if (!timer || timer.at > driver.now) return;
      run({ type: 'timer.fire', timerId: next.timerId }, { kind: 'timer' });
      return;
    }
    case 'break':
    case 'back': {
      const presence = next.kind === 'break' ? 'pause' : 'online';
      run({ type: 'presence.set', userId: next.userId, presence }, { kind: 'user', userId: next.userId });
      agenda.push(
        driver.now + (next.kind === 'break' ? between(5, 15) : between(60, 180)) * 60_000,
        action(next.kind === 'break' ? 'back' : 'break', { userId: next.userId }),
      );
      return;
    }
  }
}

/** Agents on a call now (sampled): a plain count, no array of them made per sample. */
function agentsOnACall(): number {
  let busy = 0;
  for (const id of agentIds) if (driver.state.users[id]!.connectedLegs > 0) busy += 1;
  return busy;
}

machine('Engine day (issue 16, goal 6)');
const start = driver.now;
agenda.push(start, action('arrive'));
for (const userId of agentIds) agenda.push(start + between(30, 180) * 60_000, action('break', { userId }));
const started = performance.now();
const cpuBefore = process.cpuUsage();
let sampledAt = -1;
for (let at = agenda.peekAt(); at !== Number.POSITIVE_INFINITY; at = agenda.peekAt()) {
  const next = agenda.take()!;
  driver.now = Math.max(driver.now, Math.round(at));
  act(next);
  // Once per 1,000 commands (an action that ran none must not sample the same moment again).
  if (commands % 1_000 === 0 && commands !== sampledAt) {
    sampledAt = commands;
    peakLive = Math.max(peakLive, liveCalls);
    busySamples += 1;
    busySum += agentsOnACall();
  }
  if (arrived >= totalCalls && liveCalls === 0) break;
}
const wallMs = performance.now() - started;
// The count kept from the events must agree with the engine's state (every call received ended).
if (driver.state.calls.size !== liveCalls) throw new Error('live calls miscounted');
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const simulatedHours = (driver.now - start) / 3_600_000;
/** The goal is for 200,000 calls; a shorter run is scaled up (and says so). */
const dayCpuS = ((cpuMs / 1000) * 200_000) / arrived;

console.log(
  `${count(agents)} agents (voice capacity 1, longest idle), ${count(arrived)} calls over ${simulatedHours.toFixed(1)} simulated hours, ` +
    `arrivals ${arrivalsPerSec.toFixed(2)}/s; on average ${count(busySum / Math.max(1, busySamples))} agents on a call, ` +
    `at most ${count(peakLive)} live calls. Outcomes: ${[...outcomes].map(([k, v]) => `${k} ${count(v)}`).join(', ')}.\n`,
);
table(
  [
    'commands',
    'events',
    'wall s',
    'CPU s',
    'in decide() s',
    'commands/s (wall)',
    'commands/s (CPU)',
    arrived === 200_000 ? 'goal: day ≤ 10 s (CPU)' : 'goal: day ≤ 10 s (CPU, scaled to 200,000 calls)',
    'ratio (goal / day)',
  ],
  [
    [
      count(commands),
      count(events),
      (wallMs / 1000).toFixed(2),
      (cpuMs / 1000).toFixed(2),
      (decideMs / 1000).toFixed(2),
      count(commands / (wallMs / 1000)),
      count(commands / (cpuMs / 1000)),
      dayCpuS <= goalSeconds ? 'met' : 'not met',
      (goalSeconds / dayCpuS).toFixed(2),
    ],
  ],
);
if (history) console.log(`\nSHA-256 of the day's events: ${history.digest('hex')}`);
