import { RecordMemo } from '../record-memo.ts';
import { hasEntries } from '../table.ts';
import type { Workflow } from './definition.ts';

/**
 * Whether the workspace has any workflow: asked after every decision (F2: workflows start on
 * what it did), derived once per change of the workflows (evolveWorkflow forgets it when one is
 * saved or removed), so most workspaces, which have none, pay a WeakMap look-up.
 */
const anyDefined = new RecordMemo((workflows: Readonly<Record<string, Workflow>>): boolean =>
  hasEntries(workflows),
);

export const anyWorkflow = (workflows: Readonly<Record<string, Workflow>>): boolean =>
  anyDefined.of(workflows);

export const workflowsChanged = (workflows: Readonly<Record<string, Workflow>>): void =>
  anyDefined.forget(workflows);
