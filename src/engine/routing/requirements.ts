import type { Conversation } from '../chat/conversation.ts';
import type { WorkspaceState } from '../state.ts';
import type { Call, Pool } from '../voice/call.ts';
import { ruleOf } from './rules.ts';
import {
  combineRequirements,
  type EffectiveSkill,
  effectiveSkills,
  type RelaxedSkill,
  type SkillRequirement,
} from './skills.ts';

/** R1: what a piece of work needs now: its requirements, what they ask after its wait, what relaxed. */
export interface SkillsNow {
  requirements: SkillRequirement[];
  required: EffectiveSkill[];
  relaxed: RelaxedSkill[];
  /** When the wait that relaxes them began. */
  since: number;
}

const none = (since: number): SkillsNow => ({ requirements: [], required: [], relaxed: [], since });

/**
 * A call's requirements in a pool: its number's, and the group's when a group takes it. A
 * call to one person (an extension, the CRM owner, a transfer coming back) needs none: it
 * was meant for them. The wait counts from when the call was first routed.
 */
export function callSkills(state: WorkspaceState, call: Call, pool: Pool, now: number): SkillsNow {
  const since = call.routedAt ?? now;
  if (pool.kind === 'user') return none(since);
  const number = ruleOf(state, 'number', call.numberId).skills;
  const group = pool.kind === 'group' ? ruleOf(state, 'group', pool.id).skills : undefined;
  const requirements = group ? combineRequirements(number, group) : number;
  if (requirements.length === 0) return none(since);
  return { requirements, ...effectiveSkills(requirements, now - since), since };
}

/** A conversation's requirements: its department's; the wait counts from when it opened. */
export function conversationSkills(
  state: WorkspaceState,
  conversation: Conversation,
  departmentId: string,
  now: number,
): SkillsNow {
  const since = conversation.openedAt;
  const requirements = ruleOf(state, 'department', departmentId).skills;
  if (requirements.length === 0) return none(since);
  return { requirements, ...effectiveSkills(requirements, now - since), since };
}

/** The routing explanation's part about skills: what was required, what had relaxed, who was left out. */
export interface SkillsExplanation {
  required: EffectiveSkill[];
  relaxed?: RelaxedSkill[];
  unqualified: number;
}

export function explainSkills(skills: SkillsNow, unqualified: number): SkillsExplanation | undefined {
  if (skills.requirements.length === 0) return undefined;
  return {
    required: skills.required,
    ...(skills.relaxed.length > 0 ? { relaxed: skills.relaxed } : {}),
    unqualified,
  };
}
