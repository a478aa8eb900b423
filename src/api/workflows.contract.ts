import type * as Engine from '../engine/workflow/definition.ts';
import type * as Events from '../engine/workflow/events.ts';
import type * as Templates from '../engine/workflow/templates.ts';
import type { RunEntryType, WorkflowRunEntry } from './workflow-runs.ts';
import type { TemplateParameter } from './workflow-templates.ts';
import type { WorkflowDefinition, WorkflowDefinitionInput } from './workflows.ts';

/** The engine's run events, as the run log shows them: their fields but the type. */
type RunEvent = Extract<Events.WorkflowEvent, { type: RunEntryType }>;
/** Distributed over the union: Omit of a union keeps only the keys all members share. */
type RunEventData = RunEvent extends infer E ? (E extends unknown ? Omit<E, 'type'> : never) : never;
type Keys<T> = T extends unknown ? keyof T : never;

/**
 * Compile-time only: the API's canonical definition is the engine's, both ways, and every
 * canonical definition is acceptable input (the console sends back what it was given). A
 * change on one side that the other does not follow fails `tsc`.
 */
type Assignable<From, To> = [From] extends [To] ? true : false;
const expectTrue = <T extends true>(value: T) => value;

export const workflowContract = [
  expectTrue<Assignable<WorkflowDefinition, Engine.WorkflowDefinition>>(true),
  expectTrue<Assignable<Engine.WorkflowDefinition, WorkflowDefinition>>(true),
  expectTrue<Assignable<Engine.WorkflowDefinition, WorkflowDefinitionInput>>(true),
  expectTrue<Assignable<TemplateParameter, Templates.TemplateParameter>>(true),
  expectTrue<Assignable<Templates.TemplateParameter, TemplateParameter>>(true),
  // Every run event is an entry: its fields fit, and none is left out (a field the engine
  // adds must be added to the schema, or the serializer would drop it unseen).
  expectTrue<Assignable<RunEventData, WorkflowRunEntry['data']>>(true),
  expectTrue<Assignable<Exclude<Keys<RunEventData>, keyof WorkflowRunEntry['data']>, never>>(true),
  expectTrue<Assignable<RunEntryType, Events.WorkflowEvent['type']>>(true),
] as const;
