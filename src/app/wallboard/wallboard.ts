import { DateTime } from 'luxon';
import type { WorkspaceState } from '../../engine/state.ts';
import type { Call } from '../../engine/voice/call.ts';
import type { CallRecord } from '../../store/port.ts';

/*
 * The live wallboard: what a supervisor watches on a screen on the wall. Now comes from the
 * committed state, today from the calls projection, both at the given instant, so a virtual
 * clock gives the same board a real one would at that instant. Times are epoch ms.
 */

/** Contact centres commonly measure service level as calls answered within 20 seconds. */
export const defaultServiceLevelSec = 20;

/** Where a caller still waiting for a person is: in the welcome/IVR, queued, or ringing agents. */
export const waitingPhases = ['playing', 'menu', 'queued', 'ringing'] as const;
export type WaitingPhase = (typeof waitingPhases)[number];

const isWaiting = (call: Call) =>
  call.direction === 'inbound' &&
  call.answeredAt === undefined &&
  (waitingPhases as readonly string[]).includes(call.phase);

/** Inbound callers not yet answered, oldest first; the caller's number only when shown. */
export function waitingCalls(state: WorkspaceState, showCaller: boolean) {
  return [...state.calls.values()]
    .filter(isWaiting)
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((call) => ({
      callId: call.id,
      numberId: call.numberId,
      ...(showCaller ? { from: call.from } : {}),
      phase: call.phase as WaitingPhase,
      since: call.startedAt,
    }));
}

/** Conversations queued in a department or pending for an agent, longest waiting first. */
export function waitingChats(state: WorkspaceState) {
  return Object.values(state.conversations)
    .filter((conversation) => conversation.status === 'queued' || conversation.status === 'pending')
    .map((conversation) => ({
      conversationId: conversation.id,
      channel: conversation.channel,
      ...(conversation.departmentId ? { departmentId: conversation.departmentId } : {}),
      status: conversation.status as 'queued' | 'pending',
      since: conversation.queuedAt ?? conversation.transfer?.at ?? conversation.openedAt,
    }))
    .sort((a, b) => a.since - b.since);
}

/** Every user by name, with their presence, whether they are on a call and their open chats. */
export function agentsNow(state: WorkspaceState) {
  const onCall = new Set<string>();
  for (const call of state.calls.values())
    for (const leg of call.legs.values())
      if (leg.userId && leg.status === 'connected') onCall.add(leg.userId);
  const openChats: Record<string, number> = {};
  for (const conversation of Object.values(state.conversations))
    if (conversation.assigneeId && conversation.status !== 'pending' && conversation.status !== 'queued')
      openChats[conversation.assigneeId] = (openChats[conversation.assigneeId] ?? 0) + 1;
  return Object.values(state.users)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((user) => ({
      userId: user.id,
      name: user.name,
      presence: user.presence,
      presenceSince: user.presenceSince,
      onCall: onCall.has(user.id),
      openChats: openChats[user.id] ?? 0,
      ...(user.wrapUp ? { wrapUp: Object.keys(user.wrapUp) as Array<'voice' | 'chat'> } : {}),
    }));
}

/** Midnight of the instant's day in the workspace's time zone: where "today" starts. */
export const startOfDay = (now: number, zone: string) =>
  DateTime.fromMillis(now, { zone }).startOf('day').toMillis();

/** Today's inbound calls in figures: the service level and a per-hour count. */
export function todayFigures(
  calls: CallRecord[],
  since: number,
  now: number,
  zone: string,
  thresholdSec: number,
) {
  const hours = Math.min(24, Math.floor((now - since) / 3_600_000) + 1);
  const byHour = Array.from({ length: Math.max(1, hours) }, (_, hour) => ({ hour, answered: 0, missed: 0 }));
  const figures = { offered: 0, answered: 0, answeredWithinThreshold: 0, missed: 0, forwarded: 0 };
  let answerMs = 0;
  for (const call of calls) {
    if (call.direction !== 'inbound') continue;
    const answered = call.answeredAt !== undefined && call.agentId !== undefined;
    if (!answered && call.status !== 'ended') continue;
    // R3: a caller who left the queue for a callback was neither answered nor lost; the callback goes on.
    if (call.outcome === 'callback') continue;
    figures.offered += 1;
    const hour = DateTime.fromMillis(call.startedAt, { zone }).hour;
    const slot = byHour[hour] ?? byHour.at(-1)!;
    if (answered) {
      figures.answered += 1;
      answerMs += call.answeredAt! - call.startedAt;
      if (call.answeredAt! - call.startedAt <= thresholdSec * 1000) figures.answeredWithinThreshold += 1;
      slot.answered += 1;
    } else if (call.outcome === 'forwarded') {
      figures.forwarded += 1;
    } else {
      figures.missed += 1;
      slot.missed += 1;
    }
  }
  return {
    ...figures,
    serviceLevel: figures.offered === 0 ? null : figures.answeredWithinThreshold / figures.offered,
    averageAnswerSec: figures.answered === 0 ? null : Math.round(answerMs / figures.answered / 100) / 10,
    byHour,
  };
}

export interface WallboardOptions {
  now: number;
  /** A call answered within this many seconds counts as on time. */
  thresholdSec: number;
  /** Supervisors and admins see the callers' numbers; agents do not. */
  showCallers: boolean;
}

/**
 * The whole board: the committed state for now, today's call records (since startOfDay)
 * for the figures. Pure: the caller reads both and gives the instant.
 */
export function wallboard(state: WorkspaceState, todaysCalls: CallRecord[], options: WallboardOptions) {
  const { now, thresholdSec } = options;
  const since = startOfDay(now, state.timeZone);
  const conversations = Object.values(state.conversations);
  return {
    now,
    timeZone: state.timeZone,
    serviceLevelSec: thresholdSec,
    calls: {
      waiting: waitingCalls(state, options.showCallers),
      connected: [...state.calls.values()].filter((call) => call.phase === 'connected').length,
    },
    chats: {
      waiting: waitingChats(state),
      open: conversations.filter(
        (conversation) => conversation.assigneeId && ['assigned', 'on_hold'].includes(conversation.status),
      ).length,
    },
    agents: agentsNow(state),
    today: { since, ...todayFigures(todaysCalls, since, now, state.timeZone, thresholdSec) },
  };
}
