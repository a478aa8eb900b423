import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario } from '../testing.ts';
import type { WorkflowDefinition } from './definition.ts';

/** Opened → assign to the sales team (round robin) with French ≥ 2 required. */
const flow = (skills: unknown) =>
  ({
    trigger: { kind: 'conversation_opened', match: 'all', conditions: [] },
    start: 'assign',
    steps: [
      {
        id: 'assign',
        kind: 'assign',
        target: { kind: 'team', departmentId: 'sales', strategy: 'round_robin' },
        onlineOnly: true,
        skills,
      },
    ],
  }) as WorkflowDefinition;

function workspace() {
  const commands: Command[] = [
    createdWorkspace,
    { type: 'department.create', departmentId: 'sales', name: 'Sales' },
    { type: 'department.create', departmentId: 'support', name: 'Support' },
    { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test', departmentIds: ['sales'] },
    {
      type: 'user.create',
      userId: 'bob',
      name: 'Bob',
      email: 'bob@acme.test',
      departmentIds: ['sales'],
      skills: [{ skill: 'french', level: 3 }],
    },
    { type: 'presence.set', userId: 'ann', presence: 'online' },
    { type: 'presence.set', userId: 'bob', presence: 'online' },
  ];
  return new Scenario().after(...commands);
}

const write = (conversationId: string) =>
  ({
    type: 'conversation.incoming',
    conversationId,
    channel: 'webchat',
    contact: { address: conversationId },
    channelMessageId: `m-${conversationId}`,
    text: 'Bonjour',
    departmentId: 'support',
  }) as const;

describe('R1: workflow assign steps can require skills', () => {
  it('R1: only a team member with the skills is assigned, turn after turn', () => {
    const s = workspace().after(
      {
        type: 'workflow.save_draft',
        workflowId: 'wf',
        name: 'Fr',
        definition: flow([{ skill: 'french', minLevel: 2 }]),
      },
      { type: 'workflow.publish', workflowId: 'wf' },
    );
    s.when(write('k1'));
    expect(s.state.conversations.k1!.assigneeId).toBe('bob');
    s.when(write('k2'));
    expect(s.state.conversations.k2!.assigneeId).toBe('bob');
  });

  it('R1: nobody with the skills: the run log says so', () => {
    const s = workspace().after(
      {
        type: 'workflow.save_draft',
        workflowId: 'wf',
        name: 'Fr',
        definition: flow([{ skill: 'french', minLevel: 4 }]),
      },
      { type: 'workflow.publish', workflowId: 'wf' },
    );
    s.when(write('k1'));
    expect(s.lastEvents).toContainEqual(
      expect.objectContaining({
        type: 'workflow.step_result',
        result: 'nobody online with the required skills in Sales; the conversation stays as it is',
      }),
    );
  });

  it('R1: a step’s requirement cannot relax (it decides at once); bad ones name the field', () => {
    const s = workspace();
    const save = (skills: unknown): Command => ({
      type: 'workflow.save_draft',
      workflowId: 'wf',
      name: 'Fr',
      definition: flow(skills),
    });
    s.refuses(
      save([{ skill: 'french', minLevel: 2, relax: { afterSec: 30, minLevel: 1 } }]),
      'validation',
      'steps.assign.skills[0].relax',
    );
    s.refuses(save([{ skill: 'french', minLevel: 9 }]), 'validation', 'steps.assign.skills[0].minLevel');
  });
});
