import { conflict, invalid } from '../../domain/errors.ts';
import { ruleOf } from '../routing/rules.ts';
import type { Channel, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import type { Call, Leg } from '../voice/call.ts';
import { requireUser } from './users.ts';

/**
 * R2: after-call work. When an agent finishes a call (their connected leg ends) or resolves a
 * conversation, the number's, group's or department's wrap-up seconds start: no new work of
 * that channel is offered to them until it ends. Channels are separate: an agent wrapping
 * up a call keeps their chats and may be given new ones (chat capacity is concurrent work),
 * and wrap-up after a conversation holds back new conversations only. The agent may end it
 * early, or extend it once by the same length. Its end is a timer: the engine has no clock.
 */
export const wrapUpChannels = ['voice', 'chat'] as const;

export type WrapUpCommand =
  | { type: 'wrap_up.end'; userId: string; channel: Channel }
  | { type: 'wrap_up.extend'; userId: string; channel: Channel }
  /** The wrap-up's timer: its time is up. */
  | { type: 'wrap_up.elapse'; userId: string; channel: Channel };

export type WrapUpSource =
  | { kind: 'call'; callId: string }
  | { kind: 'conversation'; conversationId: string };

export type WrapUpEvent =
  | {
      type: 'wrap_up.started';
      userId: string;
      channel: Channel;
      seconds: number;
      until: number;
      source: WrapUpSource;
    }
  | { type: 'wrap_up.extended'; userId: string; channel: Channel; until: number }
  | { type: 'wrap_up.ended'; userId: string; channel: Channel; reason: 'elapsed' | 'ended_early' };

export const wrapUpTimerId = (userId: string, channel: Channel) => `wrapup:${channel}:${userId}`;

/** Starts (or starts over) an agent's wrap-up on a channel; nothing when the seconds are 0. */
export function startWrapUp(
  tx: Tx,
  userId: string,
  channel: Channel,
  seconds: number,
  source: WrapUpSource,
): void {
  if (seconds <= 0 || !tx.state.users[userId]) return;
  const until = tx.now + seconds * 1000;
  tx.emit({ type: 'wrap_up.started', userId, channel, seconds, until, source });
  tx.setTimer(wrapUpTimerId(userId, channel), until, { type: 'wrap_up.elapse', userId, channel });
}

/** The wrap-up a call gives its agent: its group's when a group took it and has one, else its number's. */
export function callWrapUpSec(state: WorkspaceState, call: Call): number {
  const pool = call.offering?.pool;
  const group = pool?.kind === 'group' ? ruleOf(state, 'group', pool.id).wrapUpSec : 0;
  return group > 0 ? group : ruleOf(state, 'number', call.numberId).wrapUpSec;
}

/** An agent's connected leg is ending: their call is over, wrap-up starts. */
export function wrapUpAfterLeg(tx: Tx, call: Call, leg: Leg, wasConnected: boolean): void {
  if (!wasConnected || leg.party !== 'agent' || !leg.userId) return;
  startWrapUp(tx, leg.userId, 'voice', callWrapUpSec(tx.state, call), { kind: 'call', callId: call.id });
}

/** An agent resolved a conversation of a department: its wrap-up starts. */
export function wrapUpAfterConversation(
  tx: Tx,
  userId: string,
  conversationId: string,
  departmentId: string | undefined,
): void {
  if (!departmentId) return;
  const seconds = ruleOf(tx.state, 'department', departmentId).wrapUpSec;
  startWrapUp(tx, userId, 'chat', seconds, { kind: 'conversation', conversationId });
}

function checkChannel(channel: unknown): Channel {
  if (!(wrapUpChannels as readonly unknown[]).includes(channel))
    throw invalid('channel', `channel must be one of ${wrapUpChannels.join(', ')}`);
  return channel as Channel;
}

export function decideWrapUp(tx: Tx, command: WrapUpCommand): void {
  const channel = checkChannel(command.channel);
  const user = requireUser(tx.state, command.userId);
  const wrapUp = user.wrapUp?.[channel];
  if (command.type === 'wrap_up.elapse') {
    if (!wrapUp || wrapUp.until > tx.now) return;
    tx.emit({ type: 'wrap_up.ended', userId: user.id, channel, reason: 'elapsed' });
    return;
  }
  if (!wrapUp)
    throw conflict(
      `${user.name} is not wrapping up a ${channel === 'voice' ? 'call' : 'conversation'}`,
      'channel',
    );
  if (command.type === 'wrap_up.end') {
    tx.clearTimer(wrapUpTimerId(user.id, channel));
    tx.emit({ type: 'wrap_up.ended', userId: user.id, channel, reason: 'ended_early' });
    return;
  }
  if (wrapUp.extended) throw conflict(`${user.name} has already extended this wrap-up once`, 'channel');
  const until = wrapUp.until + wrapUp.seconds * 1000;
  tx.emit({ type: 'wrap_up.extended', userId: user.id, channel, until });
  tx.setTimer(wrapUpTimerId(user.id, channel), until, { type: 'wrap_up.elapse', userId: user.id, channel });
}

export function evolveWrapUp(state: WorkspaceState, event: WrapUpEvent): WorkspaceState {
  const user = state.users[event.userId];
  if (!user) return state;
  if (event.type === 'wrap_up.started') {
    user.wrapUp = {
      ...user.wrapUp,
      [event.channel]: { until: event.until, seconds: event.seconds, extended: false },
    };
    return state;
  }
  const current = user.wrapUp?.[event.channel];
  if (!current) return state;
  if (event.type === 'wrap_up.extended') {
    user.wrapUp = { ...user.wrapUp, [event.channel]: { ...current, until: event.until, extended: true } };
    return state;
  }
  const { [event.channel]: _ended, ...rest } = user.wrapUp!;
  if (Object.keys(rest).length > 0) user.wrapUp = rest;
  else delete user.wrapUp;
  return state;
}
