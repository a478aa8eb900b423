import type * as Engine from '../engine/workflow/definition.ts';
import type * as Templates from '../engine/workflow/templates.ts';
import type { TemplateParameter, WorkflowDefinition, WorkflowDefinitionInput } from './workflows.ts';

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
] as const;
