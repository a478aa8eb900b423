import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario } from '../testing.ts';
import type { WorkflowDefinition } from './definition.ts';

const definition: WorkflowDefinition = {
  trigger: { kind: 'conversation_opened', match: 'all', conditions: [] },
  start: 'assign',
  steps: [
    {
      id: 'assign',
      kind: 'assign',
      target: { kind: 'agent', userId: 'ann' },
      onlineOnly: false,
      next: 'wait',
    },
    { id: 'wait', kind: 'wait', seconds: 900, next: 'team' },
    {
      id: 'team',
      kind: 'assign',
      target: { kind: 'team', departmentId: 'support', strategy: 'round_robin' },
      onlineOnly: true,
    },
  ],
};

function workspace(): Scenario {
  const commands: Command[] = [
    createdWorkspace,
    { type: 'department.create', departmentId: 'support', name: 'Support' },
    { type: 'department.create', departmentId: 'sales', name: 'Sales' },
    { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test' },
    { type: 'user.create', userId: 'bob', name: 'Bob', email: 'bob@acme.test' },
    { type: 'workflow.save_draft', workflowId: 'wf', name: 'Reassign', definition },
  ];
  return new Scenario().after(...commands);
}

const write = {
  type: 'conversation.incoming',
  conversationId: 'k1',
  channel: 'webchat',
  contact: { address: 'v1' },
  channelMessageId: 'm1',
  text: 'Hello',
  departmentId: 'support',
} as const;

describe('removing what a workflow names', () => {
  it('a draft names nobody yet: its agent and team can be removed', () => {
    const s = workspace();
    s.when({ type: 'user.remove', userId: 'ann' });
    s.when({ type: 'department.remove', departmentId: 'support' });
    expect(s.state.users.ann).toBeUndefined();
  });

  it('a published workflow keeps its agent and team: their removal is refused naming the workflow', () => {
    const s = workspace().after({ type: 'workflow.publish', workflowId: 'wf' });
    s.refuses({ type: 'user.remove', userId: 'ann' }, 'conflict', 'userId');
    s.refuses({ type: 'department.remove', departmentId: 'support' }, 'conflict', 'departmentId');
    s.when({ type: 'user.remove', userId: 'bob' });
    s.when({ type: 'department.remove', departmentId: 'sales' });
  });

  it('a disabled workflow holds nobody; a run still waiting then finds nobody qualifies', () => {
    const s = workspace().after({ type: 'workflow.publish', workflowId: 'wf' }, write, {
      type: 'workflow.set_enabled',
      workflowId: 'wf',
      enabled: false,
    });
    s.when({ type: 'department.remove', departmentId: 'support' });
    const events = s.advance(900_000).fireDueTimers();
    expect(s.state.conversations.k1!.assigneeId).toBe('ann');
    expect(events.at(-1)).toMatchObject({ type: 'workflow.run_finished' });
  });
});
