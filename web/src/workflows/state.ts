import type { Translate } from '../i18n/i18n.tsx';
import { sameDefinition, type Workflow } from './types.ts';

/** Draft / published vN / disabled, as the list and the header say it. */
export function workflowState(t: Translate, workflow: Workflow): string {
  const version = workflow.versions.length;
  if (version === 0) return t('workflows.state.draft');
  if (!workflow.enabled) return t('workflows.state.disabled', { version });
  return t('workflows.state.published', { version });
}

/** The draft holds edits no version has yet. */
export const hasUnpublishedChanges = (workflow: Workflow) =>
  workflow.versions.length > 0 && !sameDefinition(workflow.draft, workflow.versions.at(-1));
