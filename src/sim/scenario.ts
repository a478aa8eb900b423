import { invalid } from '../domain/errors.ts';
import type { WorkingHours } from '../domain/hours.ts';
import { toE164 } from '../domain/phone.ts';
import type { Command } from '../engine/commands.ts';
import { type Strategy, strategies } from '../engine/routing/strategy.ts';
import { type WorkspaceState, withTables } from '../engine/state.ts';
import { streams as randomStreams } from './random.ts';
import { type PresenceChange, type SimulationResult, simulate } from './run.ts';
import type { Arrival, HandleTime, KeyShare, Patience, TrafficModel } from './traffic.ts';
import { generateArrivals } from './traffic.ts';
import { build } from './workspace.ts';

/** A traffic file (YAML or JSON): when, how many calls to which number, and who works when. */
export interface Traffic {
  /** Epoch ms where the run starts. */
  startAt: number;
  hours: number;
  intervalMinutes: number;
  thresholdSec: number;
  answerDelaySec: number;
  /** How long a caller takes to press a key after a menu's prompt. */
  keyDelaySec: number;
  handleTime: HandleTime;
  patience: Patience;
  /** keys: what the number's callers press in its IVR menus (none: they stay silent). */
  streams: { number: string; callsPerHour: number[]; keys?: KeyShare[] }[];
  /** Users listed here are online only during their shifts ([from, to) hours from the start); the rest all day. */
  schedule: { user: string; shifts: [number, number][] }[];
}

/** What an admin changes to ask "what if" (M4). */
export interface WhatIf {
  /** Agents taking calls: fewer logs the last ones out; more adds agents like the first. */
  agents?: number;
  strategy?: Strategy;
  /** null: the numbers are always open. */
  hours?: WorkingHours | null;
  /** Every stream's calls per hour multiplied by this. */
  trafficScale?: number;
}

const object = (value: unknown, field: string): Record<string, unknown> => {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw invalid(field, `${field} must be a mapping`);
  return value as Record<string, unknown>;
};

function number(value: unknown, field: string, min: number, max: number, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    throw invalid(field, `${field} must be a number from ${min} to ${max}`);
  return value;
}

function handleTimeOf(value: unknown): HandleTime {
  const spec = object(value, 'handleTime');
  const meanSec = number(spec.meanSec, 'handleTime.meanSec', 1, 86_400);
  if (spec.distribution === 'exponential') return { distribution: 'exponential', meanSec };
  if (spec.distribution === 'lognormal')
    return { distribution: 'lognormal', meanSec, cv: number(spec.cv, 'handleTime.cv', 0.01, 10, 1) };
  throw invalid('handleTime.distribution', 'handleTime.distribution must be exponential or lognormal');
}

function patienceOf(value: unknown): Patience {
  if (value === undefined) return { distribution: 'none' };
  const spec = object(value, 'patience');
  if (spec.distribution === 'none') return { distribution: 'none' };
  if (spec.distribution === 'exponential')
    return { distribution: 'exponential', meanSec: number(spec.meanSec, 'patience.meanSec', 1, 86_400) };
  throw invalid('patience.distribution', 'patience.distribution must be none or exponential');
}

/** `{ "1": 0.6, "21": 0.3 }`: the share of callers pressing each key sequence, one key per menu heard. */
function keySharesOf(value: unknown, field: string): KeyShare[] | undefined {
  if (value === undefined) return undefined;
  const entries = Object.entries(object(value, field));
  if (entries.length > 32) throw invalid(field, `${field} must list at most 32 key sequences`);
  const shares = entries.map(([keys, share]) => {
    if (!/^[0-9*#]{1,8}$/.test(keys))
      throw invalid(field, `${field}: "${keys}" must be 1 to 8 keys of 0-9, * or #`);
    return { keys, share: number(share, `${field}.${keys}`, 0, 1) };
  });
  const total = shares.reduce((sum, entry) => sum + entry.share, 0);
  if (total > 1 + 1e-9) throw invalid(field, `${field}: the shares add up to ${total}, more than 1`);
  return shares;
}

/** Checks a traffic file, naming the first field that is wrong. */
export function parseTraffic(value: unknown, defaultStart: number): Traffic {
  const spec = object(value, 'traffic');
  const startAt = spec.start === undefined ? defaultStart : Date.parse(String(spec.start));
  if (!Number.isFinite(startAt))
    throw invalid('start', 'start must be a date and time, e.g. 2026-01-05T08:00:00Z');
  const intervalMinutes = number(spec.intervalMinutes, 'intervalMinutes', 1, 1440, 30);
  if (!Array.isArray(spec.streams) || spec.streams.length === 0 || spec.streams.length > 100)
    throw invalid('streams', 'streams must list 1 to 100 numbers with their calls per hour');
  const streams = spec.streams.map((item, index) => {
    const stream = object(item, `streams[${index}]`);
    const field = `streams[${index}].callsPerHour`;
    const perHour = Array.isArray(stream.callsPerHour) ? stream.callsPerHour : [stream.callsPerHour];
    if (perHour.length === 0 || perHour.length > 10_000)
      throw invalid(field, `${field} must list 1 to 10000 rates`);
    const keys = keySharesOf(stream.keys, `streams[${index}].keys`);
    return {
      number: toE164(String(stream.number ?? ''), `streams[${index}].number`),
      callsPerHour: perHour.map((rate, at) => number(rate, `${field}[${at}]`, 0, 1_000_000)),
      ...(keys ? { keys } : {}),
    };
  });
  const longest = Math.max(...streams.map((stream) => stream.callsPerHour.length));
  const schedule = (
    Array.isArray(spec.schedule) ? spec.schedule : spec.schedule === undefined ? [] : null
  )?.map((item, index) => {
    const entry = object(item, `schedule[${index}]`);
    if (typeof entry.user !== 'string') throw invalid(`schedule[${index}].user`, 'user must be a user id');
    if (!Array.isArray(entry.shifts))
      throw invalid(`schedule[${index}].shifts`, 'shifts must list [from, to] hours');
    return {
      user: entry.user,
      shifts: entry.shifts.map((shift, at): [number, number] => {
        const field = `schedule[${index}].shifts[${at}]`;
        if (!Array.isArray(shift) || shift.length !== 2)
          throw invalid(field, `${field} must be [from, to] in hours`);
        const from = number(shift[0], field, 0, 24 * 366);
        const to = number(shift[1], field, from, 24 * 366);
        return [from, to];
      }),
    };
  });
  if (!schedule) throw invalid('schedule', 'schedule must be a list');
  return {
    startAt,
    hours: number(spec.hours, 'hours', 0.1, 24 * 366, (longest * intervalMinutes) / 60),
    intervalMinutes,
    thresholdSec: number(spec.thresholdSec, 'thresholdSec', 0, 3600, 20),
    answerDelaySec: number(spec.answerDelaySec, 'answerDelaySec', 0, 120, 0),
    keyDelaySec: number(spec.keyDelaySec, 'keyDelaySec', 0, 60, 2),
    handleTime: handleTimeOf(spec.handleTime),
    patience: patienceOf(spec.patience),
    streams,
    schedule,
  };
}

/** The numbers traffic reaches, as ids; a stream to a number the workspace lacks is refused. */
function trafficNumbers(state: WorkspaceState, traffic: Traffic): string[] {
  return traffic.streams.map((stream, index) => {
    const id = state.numberByE164[stream.number];
    if (!id)
      throw invalid(`streams[${index}].number`, `${stream.number} is not a number of workspace ${state.id}`);
    return id;
  });
}

/** Agents who take the traffic's calls: users assigned to its numbers (or in their groups), in creation order. */
export function agentsOf(state: WorkspaceState, numberIds: string[]): string[] {
  const ids = new Set<string>();
  for (const numberId of numberIds) {
    const number = state.numbers[numberId]!;
    for (const userId of number.assignedUserIds) ids.add(userId);
  }
  return [...ids].sort((a, b) => (state.users[a]?.order ?? 0) - (state.users[b]?.order ?? 0));
}

/** Applies a what-if to a copy of the workspace, by the same commands an admin would send. */
export function applyWhatIf(state: WorkspaceState, traffic: Traffic, changes: WhatIf): WorkspaceState {
  const numberIds = [...new Set(trafficNumbers(state, traffic))];
  const commands: Command[] = [];
  if (changes.strategy !== undefined) {
    if (!(strategies as readonly string[]).includes(changes.strategy))
      throw invalid('strategy', `strategy must be one of ${strategies.join(', ')}`);
    for (const numberId of numberIds)
      commands.push({ type: 'number.configure', numberId, settings: { strategy: changes.strategy } });
    for (const groupId of routedGroups(state, numberIds))
      commands.push({ type: 'group.update', groupId, strategy: changes.strategy });
  }
  if (changes.hours !== undefined)
    for (const numberId of numberIds)
      commands.push({ type: 'number.configure', numberId, settings: { hours: changes.hours } });
  let next = build(withTables(structuredClone(state)), commands, traffic.startAt);
  if (changes.agents !== undefined) next = staff(next, numberIds, changes.agents, traffic.startAt);
  return next;
}

function routedGroups(state: WorkspaceState, numberIds: string[]): string[] {
  const groups = new Set<string>();
  for (const numberId of numberIds) {
    const route = state.numbers[numberId]!.settings.route;
    if (route.kind === 'group') groups.add(route.groupId);
    if (route.kind === 'ivr')
      for (const action of Object.values(state.ivrMenus[route.menuId]?.options ?? {}))
        if (action.kind === 'group') groups.add(action.groupId);
  }
  return [...groups];
}

/** Exactly `count` agents for these numbers: extra ones join the same numbers and groups; spare ones go offline. */
function staff(state: WorkspaceState, numberIds: string[], count: number, now: number): WorkspaceState {
  if (!Number.isInteger(count) || count < 0 || count > 5000)
    throw invalid('agents', 'agents must be a whole number from 0 to 5000');
  const agents = agentsOf(state, numberIds);
  const commands: Command[] = [];
  for (const userId of agents.slice(count))
    commands.push({ type: 'presence.set', userId, presence: 'offline' });
  const groups = routedGroups(state, numberIds);
  const added: string[] = [];
  for (let index = agents.length; index < count; index += 1) {
    const userId = `sim_agent${index + 1}`;
    added.push(userId);
    commands.push({
      type: 'user.create',
      userId,
      name: `Simulated agent ${index + 1}`,
      email: `${userId}@sim.test`,
      numberIds,
    });
    commands.push({ type: 'presence.set', userId, presence: 'online' });
  }
  for (const groupId of groups)
    if (added.length > 0)
      commands.push({
        type: 'group.update',
        groupId,
        memberIds: [...state.groups[groupId]!.memberIds, ...added],
      });
  return build(state, commands, now);
}

/** Presence changes from the schedule: offline before and between shifts, online during them. */
export function scheduleChanges(state: WorkspaceState, traffic: Traffic): PresenceChange[] {
  const changes: PresenceChange[] = [];
  traffic.schedule.forEach((entry, index) => {
    if (!state.users[entry.user])
      throw invalid(`schedule[${index}].user`, `user ${entry.user} does not exist`);
    changes.push({ at: 0, userId: entry.user, presence: 'offline' });
    for (const [from, to] of entry.shifts) {
      changes.push({ at: from * 3_600_000, userId: entry.user, presence: 'online' });
      changes.push({ at: to * 3_600_000, userId: entry.user, presence: 'offline' });
    }
  });
  return changes.sort((a, b) => a.at - b.at);
}

export interface ScenarioRun {
  traffic: Traffic;
  result: SimulationResult;
  agents: number;
}

/** A workspace's configuration under a traffic file (and a what-if), or under recorded arrivals (replay). */
export function runScenario(
  state: WorkspaceState,
  traffic: Traffic,
  options: { seed: number; changes?: WhatIf; arrivals?: Arrival[]; onProgress?: (done: number) => void },
): ScenarioRun {
  const changes = options.changes ?? {};
  const numberIds = [...new Set(trafficNumbers(state, traffic))];
  const configured = applyWhatIf(state, traffic, changes);
  // Agents a what-if takes away stay away: their shifts no longer log them in.
  const spare = new Set(changes.agents === undefined ? [] : agentsOf(state, numberIds).slice(changes.agents));
  const scale = number(changes.trafficScale, 'trafficScale', 0, 100, 1);
  const model: TrafficModel = {
    intervalMs: traffic.intervalMinutes * 60_000,
    streams: traffic.streams.map((stream) => ({
      to: stream.number,
      callsPerHour: stream.callsPerHour.map((rate) => rate * scale),
      ...(stream.keys ? { keys: stream.keys } : {}),
    })),
    handleTime: traffic.handleTime,
    patience: traffic.patience,
  };
  const durationMs = traffic.hours * 3_600_000;
  const result = simulate({
    state: configured,
    startAt: traffic.startAt,
    durationMs,
    intervalMs: model.intervalMs,
    thresholdSec: traffic.thresholdSec,
    answerDelayMs: traffic.answerDelaySec * 1000,
    keyDelayMs: traffic.keyDelaySec * 1000,
    arrivals: options.arrivals ?? generateArrivals(model, durationMs, randomStreams(options.seed)),
    presence: scheduleChanges(configured, traffic).filter((change) => !spare.has(change.userId)),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { traffic, result, agents: changes.agents ?? agentsOf(configured, numberIds).length };
}
