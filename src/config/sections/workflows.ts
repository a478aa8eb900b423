import type { StepInput } from '../../api/workflows.ts';
import { DomainError } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { sameDefinition } from '../../engine/workflow/decide.ts';
import type { Step, WorkflowDefinition } from '../../engine/workflow/definition.ts';
import { checkDefinition } from '../../engine/workflow/validate.ts';
import type { Planner } from '../planner.ts';
import { formatPath } from '../spec-error.ts';
import { stepFromSpec, stepToSpec, type WorkflowSpec } from '../spec-workflows.ts';

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/** A spec's workflow as the engine takes it; the engine then checks it and fills its defaults. */
function definitionFromSpec(spec: WorkflowSpec): WorkflowDefinition {
  const steps = spec.steps.map(stepFromSpec);
  return { trigger: spec.trigger, start: spec.start, steps } as unknown as WorkflowDefinition;
}

/** Engine paths name steps by id (steps.wait.seconds); the spec's name them by place (steps[1].seconds). */
function specPathOf(spec: WorkflowSpec, index: number, field: string | undefined): string {
  const base = formatPath(['workflows', index]);
  if (!field) return base;
  const step = /^steps\.([^.]+)\.(.+)$/.exec(field);
  const position = step ? spec.steps.findIndex((candidate) => candidate.id === step[1]) : -1;
  const inner =
    step && position >= 0 ? `steps[${position}].${step[2]}` : field.replace(/^steps\.[^.]+$/, 'steps');
  return `${base}.${inner.replace(/\.userId\b/, '.user').replace(/\.departmentId\b/, '.department')}`;
}

/** The definition the spec asks for, in the engine's canonical form; a refusal names the spec's path. */
function wanted(state: WorkspaceState, spec: WorkflowSpec, index: number): WorkflowDefinition {
  try {
    return checkDefinition(state, definitionFromSpec(spec));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const field = specPathOf(spec, index, error.field);
    throw new DomainError('validation', `${field}: ${error.message}`, field);
  }
}

/**
 * Workflows come last: they name users, departments, numbers and contacts. A workflow is
 * saved and published when what it would run differs from its latest version, renamed,
 * enabled or disabled; with prune, a published workflow the file does not list is removed
 * (its running instances stop). Drafts never published are the console's, and left alone.
 */
export function planWorkflows(planner: Planner): void {
  const specs = planner.spec.workflows;
  if (!specs) return;
  specs.forEach((spec, index) => {
    const path = ['workflows', index];
    const definition = wanted(planner.state, spec, index);
    const live = planner.state.workflows[spec.id];
    const latest = live?.versions.at(-1);
    const newVersion = !latest || !sameDefinition(latest, definition);
    const name = spec.name.trim();
    const redraft = newVersion && !(live && sameDefinition(live.draft, definition));
    if (!live || redraft || live.name !== name)
      planner.issue(
        {
          type: 'workflow.save_draft',
          workflowId: spec.id,
          name,
          definition: redraft || !live ? definition : live.draft,
        },
        path,
        live
          ? `update workflow ${spec.id}: ${redraft ? 'definition' : 'name'}`
          : `create workflow ${spec.id} (${name})`,
      );
    if (newVersion)
      planner.issue(
        { type: 'workflow.publish', workflowId: spec.id },
        path,
        `publish workflow ${spec.id} version ${(live?.versions.length ?? 0) + 1}`,
      );
    const enabled = spec.enabled ?? true;
    if ((live?.enabled ?? true) !== enabled)
      planner.issue(
        { type: 'workflow.set_enabled', workflowId: spec.id, enabled },
        [...path, 'enabled'],
        `${enabled ? 'enable' : 'disable'} workflow ${spec.id}`,
      );
  });
  if (!planner.prune) return;
  const listed = new Set(specs.map((spec) => spec.id));
  for (const workflow of Object.values(planner.state.workflows))
    if (!listed.has(workflow.id) && workflow.versions.length > 0)
      planner.issue(
        { type: 'workflow.remove', workflowId: workflow.id },
        'prune',
        `remove workflow ${workflow.id}`,
      );
}

const withNext = (step: { next?: string }) => (step.next ? { next: step.next } : {});

/** A step as the API would take it back: the fields of its kind, defaults left out. */
function stepInput(step: Step): StepInput {
  switch (step.kind) {
    case 'assign':
      return {
        id: step.id,
        kind: step.kind,
        target: { ...step.target },
        ...(step.onlineOnly ? { onlineOnly: true } : {}),
        ...(step.skills?.length ? { skills: structuredClone(step.skills) } : {}),
        ...(step.whenNobodyQualifies ? { whenNobodyQualifies: step.whenNobodyQualifies } : {}),
        ...(step.goto ? { goto: step.goto } : {}),
        ...withNext(step),
      };
    case 'wait':
      return { id: step.id, kind: step.kind, seconds: step.seconds, ...withNext(step) };
    case 'branch':
      return {
        id: step.id,
        kind: step.kind,
        ...(step.match === 'any' ? { match: 'any' as const } : {}),
        conditions: step.conditions.map((condition) => ({ ...condition })),
        onTrue: step.onTrue,
        onFalse: step.onFalse,
      };
    case 'add_comment':
      return { id: step.id, kind: step.kind, text: step.text, ...withNext(step) };
    case 'create_conversation':
      return {
        id: step.id,
        kind: step.kind,
        channel: step.channel,
        ...(step.departmentId ? { departmentId: step.departmentId } : {}),
        ...(step.text ? { text: step.text } : {}),
        ...withNext(step),
      };
    case 'close':
      return { id: step.id, kind: step.kind, ...withNext(step) };
    case 'end':
      return { id: step.id, kind: step.kind };
  }
}

/** The published workflows as a spec: each one's latest version, what runs. */
export function workflowsSpec(state: WorkspaceState): WorkflowSpec[] {
  return byId(Object.values(state.workflows))
    .filter((workflow) => workflow.versions.length > 0)
    .map((workflow) => {
      const { trigger, start, steps } = workflow.versions.at(-1)!;
      return {
        id: workflow.id,
        name: workflow.name,
        ...(workflow.enabled ? {} : { enabled: false }),
        trigger: {
          kind: trigger.kind,
          ...(trigger.match === 'any' ? { match: 'any' as const } : {}),
          ...(trigger.conditions.length > 0
            ? { conditions: trigger.conditions.map((condition) => ({ ...condition })) }
            : {}),
        },
        start,
        steps: steps.map((step) => stepToSpec(stepInput(step))),
      };
    });
}
