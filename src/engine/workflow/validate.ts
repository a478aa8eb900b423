import { invalid } from '../../domain/errors.ts';
import { optionalText, requiredText } from '../../domain/text.ts';
import { checkRequirements } from '../routing/skills.ts';
import type { WorkspaceState } from '../state.ts';
import {
  type AssignTarget,
  type NobodyQualifies,
  nobodyQualifiesActions,
  type Step,
  stepKinds,
  type Trigger,
  type WorkflowDefinition,
} from './definition.ts';
import { checkBranchCondition, checkTrigger, type Loose } from './validate-conditions.ts';

/** The channel of a callback conversation when the step names none. */
export const defaultCallbackChannel = 'callback';

/**
 * F1: a definition is checked on save; every refusal names the step at fault. What comes
 * back is the definition in its one canonical form: defaults filled in (match all, online
 * users or not), fields a step's kind does not have dropped, phone numbers in E.164. So two
 * definitions that mean the same are equal, whoever wrote them (the API, a YAML file).
 */
export function checkDefinition(state: WorkspaceState, value: WorkflowDefinition): WorkflowDefinition {
  const definition = value as unknown as Loose;
  const trigger = checkTrigger(state, definition.trigger);
  const raw = (Array.isArray(definition.steps) ? definition.steps : []) as Loose[];
  if (raw.length === 0) throw invalid('steps', 'a workflow needs at least one step');
  const ids = new Set<string>();
  for (const step of raw) {
    const id = typeof step.id === 'string' ? step.id : '';
    if (!id || ids.has(id)) throw invalid('steps', `step ids must be present and unique ("${id}")`);
    ids.add(id);
  }
  const start = String(definition.start ?? '');
  if (!ids.has(start)) throw invalid('start', `start names no step ("${start}")`);
  const steps = raw.map((step) => checkStep(state, step, ids));
  checkConversationSteps(trigger, start, steps);
  return { trigger, start, steps };
}

const path = (step: Loose, key: string) => `steps.${String(step.id)}.${key}`;

/** A step's way on (next, a branch's paths, goto): absent, or an existing step. */
function leadsTo(step: Loose, key: string, ids: Set<string>, required = false): string | undefined {
  const id = step[key];
  if (id === undefined || id === '') {
    if (required) throw invalid(path(step, key), `step ${String(step.id)}: ${key} is needed`);
    return undefined;
  }
  if (typeof id !== 'string' || !ids.has(id))
    throw invalid(path(step, key), `step ${String(step.id)}: ${key} leads to no step ("${String(id)}")`);
  return id;
}

const withNext = (step: Loose, ids: Set<string>) => {
  const next = leadsTo(step, 'next', ids);
  return next ? { next } : {};
};

function checkStep(state: WorkspaceState, step: Loose, ids: Set<string>): Step {
  const id = String(step.id);
  const kind = step.kind as Step['kind'];
  switch (kind) {
    case 'assign':
      return checkAssign(state, step, ids);
    case 'wait': {
      const seconds = step.seconds;
      if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds <= 0)
        throw invalid(path(step, 'seconds'), `step ${id}: a wait must be a positive whole number of seconds`);
      return { id, kind, seconds, ...withNext(step, ids) };
    }
    case 'branch': {
      if (!step.onTrue || !step.onFalse)
        throw invalid(
          path(step, step.onTrue ? 'onFalse' : 'onTrue'),
          `step ${id}: a branch needs both paths`,
        );
      const onTrue = leadsTo(step, 'onTrue', ids, true)!;
      const onFalse = leadsTo(step, 'onFalse', ids, true)!;
      const match = step.match ?? 'all';
      if (match !== 'all' && match !== 'any')
        throw invalid(path(step, 'match'), `step ${id}: match is all or any`);
      const list = Array.isArray(step.conditions) ? step.conditions : [];
      if (list.length === 0)
        throw invalid(path(step, 'conditions'), `step ${id}: a branch needs a condition`);
      const conditions = list.map((condition, index) => checkBranchCondition(state, condition, id, index));
      return { id, kind, match, conditions, onTrue, onFalse };
    }
    case 'add_comment': {
      const text = requiredText(String(step.text ?? ''), path(step, 'text'), 2000);
      return { id, kind, text, ...withNext(step, ids) };
    }
    case 'create_conversation': {
      const channel = requiredText(String(step.channel ?? defaultCallbackChannel), path(step, 'channel'), 50);
      // Named like the channels integrations deliver on (webchat, whatsapp): letters, digits, _ . -
      if (!/^[A-Za-z0-9_.-]+$/.test(channel))
        throw invalid(path(step, 'channel'), `step ${id}: a channel may hold only letters, digits and _ . -`);
      const departmentId = step.departmentId as string | undefined;
      if (departmentId !== undefined && !state.departments[departmentId])
        throw invalid(path(step, 'departmentId'), `step ${id}: department ${departmentId} does not exist`);
      const text = optionalText(step.text as string | undefined, path(step, 'text'), 2000);
      return {
        id,
        kind,
        channel,
        ...(departmentId ? { departmentId } : {}),
        ...(text ? { text } : {}),
        ...withNext(step, ids),
      };
    }
    case 'close':
      return { id, kind, ...withNext(step, ids) };
    case 'end':
      return { id, kind };
    default:
      throw invalid(
        path(step, 'kind'),
        `step ${id}: unknown kind "${String(kind)}" (${stepKinds.join(', ')})`,
      );
  }
}

function checkTarget(state: WorkspaceState, step: Loose): AssignTarget {
  const id = String(step.id);
  const target = (step.target ?? {}) as Loose;
  switch (target.kind) {
    case 'agent': {
      const userId = String(target.userId ?? '');
      if (!state.users[userId])
        throw invalid(path(step, 'target.userId'), `step ${id}: agent ${userId} does not exist`);
      return { kind: 'agent', userId };
    }
    case 'team': {
      const departmentId = String(target.departmentId ?? '');
      if (!state.departments[departmentId])
        throw invalid(path(step, 'target.departmentId'), `step ${id}: team ${departmentId} does not exist`);
      const strategy = target.strategy ?? 'round_robin';
      if (strategy !== 'round_robin' && strategy !== 'least_open')
        throw invalid(
          path(step, 'target.strategy'),
          `step ${id}: a team is served round_robin or least_open`,
        );
      return { kind: 'team', departmentId, strategy };
    }
    case 'contact_owner':
      return { kind: 'contact_owner' };
    default:
      throw invalid(path(step, 'target.kind'), `step ${id}: assign to an agent, a team or the contact_owner`);
  }
}

function checkAssign(state: WorkspaceState, step: Loose, ids: Set<string>): Step {
  const id = String(step.id);
  const target = checkTarget(state, step);
  const onlineOnly = step.onlineOnly === true;
  const fallback = (step.whenNobodyQualifies ?? 'leave') as NobodyQualifies;
  if (!nobodyQualifiesActions.includes(fallback))
    throw invalid(
      path(step, 'whenNobodyQualifies'),
      `step ${id}: whenNobodyQualifies is one of ${nobodyQualifiesActions.join(', ')}`,
    );
  if (fallback === 'any_agent' && !onlineOnly)
    throw invalid(
      path(step, 'whenNobodyQualifies'),
      `step ${id}: any_agent tries again without "online users only", so it needs onlineOnly`,
    );
  const goto = fallback === 'goto' ? leadsTo(step, 'goto', ids, true) : undefined;
  const skills = step.skills === undefined ? [] : checkRequirements(step.skills, path(step, 'skills'), false);
  return {
    id,
    kind: 'assign',
    target,
    onlineOnly,
    ...(skills.length > 0 ? { skills } : {}),
    ...(fallback !== 'leave' ? { whenNobodyQualifies: fallback } : {}),
    ...(goto ? { goto } : {}),
    ...withNext(step, ids),
  };
}

/** Steps that act on a conversation, and branch conditions that read one. */
const actsOnConversation = new Set<Step['kind']>(['assign', 'add_comment', 'close']);

const successors = (step: Step): string[] => {
  if (step.kind === 'branch') return [step.onTrue, step.onFalse];
  if (step.kind === 'end') return [];
  return [step.kind === 'assign' ? step.goto : undefined, step.next].filter((id): id is string =>
    Boolean(id),
  );
};

/**
 * A conversation trigger starts with its conversation, so it opens none. A call_missed
 * workflow has none until its create_conversation step: every step that can come before
 * one may only wait, branch on contact fields, or end.
 */
function checkConversationSteps(trigger: Trigger, start: string, steps: Step[]): void {
  const creates = steps.filter((step) => step.kind === 'create_conversation');
  if (trigger.kind !== 'call_missed') {
    const [first] = creates;
    if (first)
      throw invalid(
        `steps.${first.id}.kind`,
        `step ${first.id}: create_conversation is for call_missed workflows; a ${trigger.kind} one has its conversation`,
      );
    return;
  }
  if (creates.length === 0)
    throw invalid('steps', 'a call_missed workflow needs a create_conversation step to act on');
  const byId = new Map(steps.map((step) => [step.id, step]));
  const seen = new Set<string>();
  const pending = [start];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const step = byId.get(id);
    if (!step || seen.has(id) || step.kind === 'create_conversation') continue;
    seen.add(id);
    if (actsOnConversation.has(step.kind))
      throw invalid(
        `steps.${id}.kind`,
        `step ${id}: ${step.kind} needs a conversation, and before create_conversation there is none`,
      );
    if (step.kind === 'branch')
      step.conditions.forEach((condition, index) => {
        if (!condition.subject.startsWith('contact.'))
          throw invalid(
            `steps.${id}.conditions[${index}].subject`,
            `step ${id}, condition ${index + 1}: before create_conversation there is no conversation; only contact fields can be read`,
          );
      });
    pending.push(...successors(step));
  }
}
