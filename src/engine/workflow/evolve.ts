import type { WorkspaceState } from '../state.ts';
import { workflowsChanged } from './defined.ts';
import type { WorkflowEvent } from './events.ts';

export function evolveWorkflow(state: WorkspaceState, event: WorkflowEvent): WorkspaceState {
  switch (event.type) {
    case 'workflow.draft_saved': {
      workflowsChanged(state.workflows);
      const existing = state.workflows[event.workflowId];
      state.workflows[event.workflowId] = existing
        ? { ...existing, name: event.name, draft: event.definition }
        : { id: event.workflowId, name: event.name, draft: event.definition, versions: [], enabled: true };
      break;
    }
    case 'workflow.published':
      state.workflows[event.workflowId]?.versions.push(event.definition);
      break;
    case 'workflow.enabled_set': {
      const workflow = state.workflows[event.workflowId];
      if (workflow) workflow.enabled = event.enabled;
      break;
    }
    case 'workflow.removed':
      workflowsChanged(state.workflows);
      delete state.workflows[event.workflowId];
      break;
    case 'workflow.run_started':
      state.workflowRunsStarted += 1;
      state.workflowRuns[event.runId] = {
        id: event.runId,
        workflowId: event.workflowId,
        version: event.version,
        ...('conversationId' in event ? { conversationId: event.conversationId } : {}),
        ...(event.call ? { call: event.call } : {}),
        stepId: event.stepId,
      };
      break;
    case 'workflow.step_entered': {
      const run = state.workflowRuns[event.runId];
      if (run) run.stepId = event.stepId;
      break;
    }
    case 'workflow.step_result': {
      const run = state.workflowRuns[event.runId];
      if (run && event.previousAssigneeId) run.previousAssigneeId = event.previousAssigneeId;
      if (run && event.linkedConversationId) run.conversationId = event.linkedConversationId;
      if (event.rotation) state.rotation[event.rotation.key] = event.rotation.position;
      break;
    }
    case 'workflow.run_finished':
      delete state.workflowRuns[event.runId];
      break;
  }
  return state;
}
