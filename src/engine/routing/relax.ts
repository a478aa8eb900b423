import { serveDepartment } from '../chat/routing.ts';
import type { Tx } from '../tx.ts';
import { offerWaitingCall } from '../voice/offer.ts';
import { callSkills, conversationSkills, type SkillsNow } from './requirements.ts';
import { type EffectiveSkill, nextRelaxMs, type RelaxedSkill } from './skills.ts';

/**
 * R1: a skill requirement relaxes after a configured wait. What a requirement asks at any
 * moment follows from the wait alone (requirements.ts); a timer at the moment it relaxes
 * makes the engine look again, so a waiting caller or conversation reaches the agents it
 * may now have without anything else happening first.
 */
export type RelaxCommand =
  | { type: 'routing.relax_call'; callId: string }
  | { type: 'routing.relax_conversation'; conversationId: string };

/** Recorded for the timeline when a wait relaxes a requirement. */
export type RelaxEvent = { type: 'routing.relaxed'; required: EffectiveSkill[]; relaxed: RelaxedSkill[] } & (
  | { callId: string }
  | { conversationId: string }
);

export const callRelaxTimerId = (callId: string) => `relax:${callId}`;
export const conversationRelaxTimerId = (conversationId: string) => `relax-chat:${conversationId}`;

function schedule(tx: Tx, timerId: string, skills: SkillsNow, command: RelaxCommand): void {
  const next = nextRelaxMs(skills.requirements, tx.now - skills.since);
  if (next === undefined) return;
  const at = skills.since + next;
  if (tx.state.timers.get(timerId)?.at === at) return;
  tx.setTimer(timerId, at, command);
}

/** After a decision: every call routed and conversation queued with a requirement still to relax gets its timer. */
export function scheduleRelaxations(tx: Tx): void {
  // The events as they stood (setting a timer emits more), by index: this runs after every decision.
  const decided = tx.events.length;
  for (let index = 0; index < decided; index += 1) {
    const type = tx.types[index];
    if (type === 'call.routed') {
      const event = tx.eventOf(index, 'call.routed');
      const call = tx.state.calls.get(event.callId);
      if (!call) continue;
      const skills = callSkills(tx.state, call, event.pool, tx.now);
      schedule(tx, callRelaxTimerId(call.id), skills, { type: 'routing.relax_call', callId: call.id });
    }
    if (type === 'conversation.queued') {
      const event = tx.eventOf(index, 'conversation.queued');
      const conversation = tx.state.conversations[event.conversationId];
      if (conversation?.status !== 'queued') continue;
      const skills = conversationSkills(tx.state, conversation, event.departmentId, tx.now);
      schedule(tx, conversationRelaxTimerId(conversation.id), skills, {
        type: 'routing.relax_conversation',
        conversationId: conversation.id,
      });
    }
  }
}

function relaxCall(tx: Tx, callId: string): void {
  const call = tx.state.calls.get(callId);
  const pool = call?.queuePool ?? call?.offering?.pool;
  const number = call && tx.state.numbers[call.numberId];
  if (!call || !pool || !number || (call.phase !== 'queued' && call.phase !== 'ringing')) return;
  const skills = callSkills(tx.state, call, pool, tx.now);
  tx.emit({ type: 'routing.relaxed', callId, required: skills.required, relaxed: skills.relaxed });
  schedule(tx, callRelaxTimerId(callId), skills, { type: 'routing.relax_call', callId });
  // A ringing call rings on; its next offer reads the relaxed requirement.
  if (call.phase !== 'queued' || !call.queuePool) return;
  offerWaitingCall(tx, call, pool, skills);
}

function relaxConversation(tx: Tx, conversationId: string): void {
  const conversation = tx.state.conversations[conversationId];
  const departmentId = conversation?.departmentId;
  if (conversation?.status !== 'queued' || !departmentId) return;
  const skills = conversationSkills(tx.state, conversation, departmentId, tx.now);
  tx.emit({ type: 'routing.relaxed', conversationId, required: skills.required, relaxed: skills.relaxed });
  schedule(tx, conversationRelaxTimerId(conversationId), skills, {
    type: 'routing.relax_conversation',
    conversationId,
  });
  serveDepartment(tx, departmentId);
}

export function decideRelax(tx: Tx, command: RelaxCommand): void {
  if (command.type === 'routing.relax_call') return relaxCall(tx, command.callId);
  relaxConversation(tx, command.conversationId);
}
