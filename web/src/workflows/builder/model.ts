import {
  fromRequirementRow,
  type RequirementRow,
  toRequirementRow,
} from '../../admin/routing/requirementRows.ts';
import type {
  AssignTarget,
  BranchConditionInput,
  NobodyQualifies,
  Op,
  Step,
  StepInput,
  StepKind,
  TriggerConditionInput,
  TriggerInput,
  TriggerKind,
  WorkflowDefinition,
  WorkflowDefinitionInput,
} from '../types.ts';
import { type Duration, fromSeconds, toSeconds } from './duration.ts';

/**
 * Where a step goes on: the step after it in the list, the end of the workflow, or a
 * named step. The editor shows the steps as an ordered list, so "the following step" is
 * what a person means most of the time; reordering the list keeps that meaning.
 */
export const following = ':following';
export const theEnd = ':end';
export type Flow = string;

/**
 * A step as the form edits it: every kind's fields at once, so switching a step's kind
 * back and forth loses nothing typed. `toDefinition` keeps only what the kind has.
 */
export interface EditorStep {
  /** React's key and the server's step id (errors name it): stable across reordering. */
  id: string;
  kind: StepKind;
  next: Flow;
  targetKind: AssignTarget['kind'];
  userId: string;
  departmentId: string;
  strategy: Extract<AssignTarget, { kind: 'team' }>['strategy'];
  onlineOnly: boolean;
  /** R1: only agents with all of these, each at its minimum level, qualify. */
  skills: RequirementRow[];
  whenNobodyQualifies: NobodyQualifies;
  goto: Flow;
  wait: Duration;
  match: NonNullable<TriggerInput['match']>;
  conditions: EditorBranchCondition[];
  onTrue: Flow;
  onFalse: Flow;
  text: string;
  channel: string;
  callbackDepartmentId: string;
}

export interface EditorBranchCondition {
  key: number;
  subject: string;
  op: Op;
  value: string;
  since: Duration;
}

export interface EditorTriggerCondition {
  key: number;
  field: string;
  op: TriggerConditionInput['op'];
  value: string;
}

export interface EditorDefinition {
  trigger: {
    kind: TriggerKind;
    match: NonNullable<TriggerInput['match']>;
    conditions: EditorTriggerCondition[];
  };
  steps: EditorStep[];
}

let keys = 0;
export const nextKey = () => {
  keys += 1;
  return keys;
};

const idBase: Record<StepKind, string> = {
  assign: 'assign',
  wait: 'wait',
  branch: 'check',
  add_comment: 'comment',
  create_conversation: 'callback',
  close: 'close',
  end: 'end',
};

/** A readable id not yet taken: `assign`, `assign_2`, … */
export function freshId(kind: StepKind, taken: string[]): string {
  const base = idBase[kind];
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.includes(`${base}_${n}`)) return `${base}_${n}`;
}

const fifteenMinutes = (): Duration => ({ amount: '15', unit: 'minutes' });

/** The operator and value a condition starts with when its subject is chosen. */
export function defaultsForSubject(subject: string): Omit<EditorBranchCondition, 'key' | 'subject'> {
  if (subject === 'status') return { op: 'eq', value: 'open', since: fifteenMinutes() };
  if (subject === 'assignee' || subject === 'last_outgoing')
    return { op: 'not_exists', value: '', since: fifteenMinutes() };
  return { op: 'exists', value: '', since: fifteenMinutes() };
}

export function newBranchCondition(subject = 'status'): EditorBranchCondition {
  return { key: nextKey(), subject, ...defaultsForSubject(subject) };
}

export function defaultsForField(field: string): Omit<EditorTriggerCondition, 'key' | 'field'> {
  if (field.startsWith('contact.')) return { op: 'exists', value: '' };
  if (field === 'source') return { op: 'eq', value: 'contact' };
  if (field === 'outcome') return { op: 'eq', value: 'missed' };
  return { op: 'eq', value: '' };
}

export function newTriggerCondition(field: string): EditorTriggerCondition {
  return { key: nextKey(), field, ...defaultsForField(field) };
}

export function newStep(kind: StepKind, taken: string[]): EditorStep {
  return {
    id: freshId(kind, taken),
    kind,
    next: following,
    targetKind: 'agent',
    userId: '',
    departmentId: '',
    strategy: 'round_robin',
    onlineOnly: false,
    skills: [],
    whenNobodyQualifies: 'leave',
    goto: theEnd,
    wait: fifteenMinutes(),
    match: 'all',
    conditions: kind === 'branch' ? [newBranchCondition('status')] : [],
    onTrue: following,
    onFalse: theEnd,
    text: '',
    channel: 'callback',
    callbackDepartmentId: '',
  };
}

export function emptyDefinition(): EditorDefinition {
  return {
    trigger: { kind: 'conversation_opened', match: 'all', conditions: [newTriggerCondition('source')] },
    steps: [],
  };
}

export const takesValue = (op: Op) => op === 'eq' || op === 'neq';

function triggerConditionOut(condition: EditorTriggerCondition): TriggerConditionInput {
  return takesValue(condition.op)
    ? { field: condition.field, op: condition.op, value: condition.value.trim() }
    : { field: condition.field, op: condition.op };
}

function branchConditionOut(condition: EditorBranchCondition): BranchConditionInput {
  const { subject, op } = condition;
  if (op === 'greater_than') return { subject, op, seconds: toSeconds(condition.since) };
  return takesValue(op) ? { subject, op, value: condition.value.trim() } : { subject, op };
}

function targetOut(step: EditorStep) {
  if (step.targetKind === 'agent') return { kind: 'agent' as const, userId: step.userId };
  if (step.targetKind === 'team')
    return { kind: 'team' as const, departmentId: step.departmentId, strategy: step.strategy };
  return { kind: 'contact_owner' as const };
}

/**
 * The definition the server checks. The first step in the list is where a run starts; a
 * path that ends the workflow from a branch (or an assign's goto) needs an end step, so
 * one is added at the bottom when the list has none.
 */
export function toDefinition(editor: EditorDefinition): WorkflowDefinitionInput {
  const steps = [...editor.steps];
  const endsByPath = steps.some(
    (step) =>
      (step.kind === 'branch' && (step.onTrue === theEnd || step.onFalse === theEnd)) ||
      (step.kind === 'assign' && step.whenNobodyQualifies === 'goto' && step.goto === theEnd),
  );
  let endId = steps.find((step) => step.kind === 'end')?.id;
  if (endsByPath && !endId) {
    endId = freshId(
      'end',
      steps.map((step) => step.id),
    );
    steps.push({ ...newStep('end', []), id: endId });
  }
  /** A `next` may be left out (the run ends); a branch path or goto must name a step. */
  const resolve = (flow: Flow, index: number, mustName: boolean): string | undefined => {
    if (flow === following) return steps[index + 1]?.id ?? (mustName ? endId : undefined);
    if (flow === theEnd) return mustName ? endId : undefined;
    return flow;
  };
  const out = steps.map((step, index): StepInput => {
    const next = resolve(step.next, index, false);
    const withNext = next ? { next } : {};
    switch (step.kind) {
      case 'assign': {
        const goto = step.whenNobodyQualifies === 'goto' ? resolve(step.goto, index, true) : undefined;
        return {
          id: step.id,
          kind: 'assign',
          target: targetOut(step),
          onlineOnly: step.onlineOnly,
          ...(step.skills.length > 0 ? { skills: step.skills.map(fromRequirementRow) } : {}),
          ...(step.whenNobodyQualifies !== 'leave' ? { whenNobodyQualifies: step.whenNobodyQualifies } : {}),
          ...(goto ? { goto } : {}),
          ...withNext,
        };
      }
      case 'wait':
        return { id: step.id, kind: 'wait', seconds: toSeconds(step.wait), ...withNext };
      case 'branch':
        return {
          id: step.id,
          kind: 'branch',
          match: step.match,
          conditions: step.conditions.map(branchConditionOut),
          onTrue: resolve(step.onTrue, index, true) ?? '',
          onFalse: resolve(step.onFalse, index, true) ?? '',
        };
      case 'add_comment':
        return { id: step.id, kind: 'add_comment', text: step.text, ...withNext };
      case 'create_conversation': {
        const text = step.text.trim();
        return {
          id: step.id,
          kind: 'create_conversation',
          channel: step.channel.trim(),
          ...(step.callbackDepartmentId ? { departmentId: step.callbackDepartmentId } : {}),
          ...(text ? { text } : {}),
          ...withNext,
        };
      }
      case 'close':
        return { id: step.id, kind: 'close', ...withNext };
      default:
        return { id: step.id, kind: 'end' };
    }
  });
  const trigger: TriggerInput = {
    kind: editor.trigger.kind,
    match: editor.trigger.match,
    conditions: editor.trigger.conditions.map(triggerConditionOut),
  };
  return { trigger, start: out[0]?.id ?? '', steps: out };
}

function editorStepOf(step: Step, flowOf: (id: string | undefined) => Flow): EditorStep {
  const base: EditorStep = { ...newStep(step.kind, []), id: step.id, conditions: [], next: theEnd };
  switch (step.kind) {
    case 'assign':
      return {
        ...base,
        next: flowOf(step.next),
        targetKind: step.target.kind,
        userId: step.target.kind === 'agent' ? step.target.userId : '',
        departmentId: step.target.kind === 'team' ? step.target.departmentId : '',
        strategy: step.target.kind === 'team' ? step.target.strategy : 'round_robin',
        onlineOnly: step.onlineOnly,
        skills: (step.skills ?? []).map(toRequirementRow),
        whenNobodyQualifies: step.whenNobodyQualifies ?? 'leave',
        goto: step.goto ? flowOf(step.goto) : theEnd,
      };
    case 'wait':
      return { ...base, next: flowOf(step.next), wait: fromSeconds(step.seconds) };
    case 'branch':
      return {
        ...base,
        match: step.match ?? 'all',
        conditions: step.conditions.map((condition) => ({
          key: nextKey(),
          subject: condition.subject,
          op: condition.op,
          value: 'value' in condition ? (condition.value ?? '') : '',
          since: 'seconds' in condition ? fromSeconds(condition.seconds) : fifteenMinutes(),
        })),
        onTrue: flowOf(step.onTrue),
        onFalse: flowOf(step.onFalse),
      };
    case 'add_comment':
      return { ...base, next: flowOf(step.next), text: step.text };
    case 'create_conversation':
      return {
        ...base,
        next: flowOf(step.next),
        channel: step.channel,
        callbackDepartmentId: step.departmentId ?? '',
        text: step.text ?? '',
      };
    case 'close':
      return { ...base, next: flowOf(step.next) };
    case 'end':
      return base;
  }
}

/** A saved definition as the editor's list: the start first, `next` read back as "the following step" where it is. */
export function fromDefinition(definition: WorkflowDefinition): EditorDefinition {
  const start = definition.steps.find((step) => step.id === definition.start);
  const ordered = start ? [start, ...definition.steps.filter((step) => step !== start)] : definition.steps;
  const steps = ordered.map((step, index) =>
    editorStepOf(step, (id) => (id === undefined ? theEnd : ordered[index + 1]?.id === id ? following : id)),
  );
  return {
    trigger: {
      kind: definition.trigger.kind,
      match: definition.trigger.match ?? 'all',
      conditions: (definition.trigger.conditions ?? []).map((condition) => ({
        key: nextKey(),
        field: condition.field,
        op: condition.op,
        value: condition.value ?? '',
      })),
    },
    steps,
  };
}

/** After a step is removed, paths that named it go on to the following step instead. */
export function withoutStep(steps: EditorStep[], id: string): EditorStep[] {
  const redirect = (flow: Flow) => (flow === id ? following : flow);
  return steps
    .filter((step) => step.id !== id)
    .map((step) => ({
      ...step,
      next: redirect(step.next),
      goto: redirect(step.goto),
      onTrue: redirect(step.onTrue),
      onFalse: redirect(step.onFalse),
    }));
}

export function moveStep(steps: EditorStep[], index: number, by: -1 | 1): EditorStep[] {
  const target = index + by;
  if (target < 0 || target >= steps.length) return steps;
  const copy = [...steps];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

/**
 * Where a server refusal belongs: a step (by id, or by position for schema errors such as
 * `definition.steps[2].seconds`), the trigger, the name, or the workflow as a whole.
 */
export type ErrorPlace =
  | { place: 'step'; stepId: string; key: string }
  | { place: 'trigger'; key: string }
  | { place: 'name' }
  | { place: 'workflow' };

export function placeOf(field: string | undefined, sent: WorkflowDefinitionInput | undefined): ErrorPlace {
  if (!field) return { place: 'workflow' };
  const path = field.replace(/^definition\.?/, '');
  if (path === 'name') return { place: 'name' };
  if (path.startsWith('trigger')) return { place: 'trigger', key: path.replace(/^trigger\.?/, '') };
  const byIndex = /^steps\[(\d+)\]\.?(.*)$/.exec(path);
  const indexed = byIndex ? sent?.steps[Number(byIndex[1])] : undefined;
  if (byIndex && indexed) return { place: 'step', stepId: indexed.id, key: byIndex[2] ?? '' };
  for (const step of sent?.steps ?? []) {
    const prefix = `steps.${step.id}`;
    if (path === prefix) return { place: 'step', stepId: step.id, key: '' };
    if (path.startsWith(`${prefix}.`))
      return { place: 'step', stepId: step.id, key: path.slice(prefix.length + 1) };
  }
  return { place: 'workflow' };
}
