import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario } from '../testing.ts';
import type { NobodyQualifies, Step, WorkflowDefinition } from './definition.ts';

/** Opened → assign to Ann (online only, with a fallback) → comment who has it. */
const flow = (whenNobodyQualifies: NobodyQualifies, target: Extract<Step, { kind: 'assign' }>['target']) =>
  ({
    trigger: { kind: 'conversation_opened', match: 'all', conditions: [] },
    start: 'assign',
    steps: [
      {
        id: 'assign',
        kind: 'assign',
        target,
        onlineOnly: true,
        whenNobodyQualifies,
        ...(whenNobodyQualifies === 'goto' ? { goto: 'elsewhere' } : {}),
        next: 'comment',
      },
      { id: 'comment', kind: 'add_comment', text: 'now with {{assignee}}' },
      { id: 'elsewhere', kind: 'add_comment', text: 'went elsewhere' },
    ],
  }) as WorkflowDefinition;

const ann = { kind: 'agent', userId: 'ann' } as const;
const sales = { kind: 'team', departmentId: 'sales', strategy: 'round_robin' } as const;

/** Ann is in sales and offline; Bob is in support and online; conversations open in support. */
function workspace(definition: WorkflowDefinition, online = ['bob']) {
  const commands: Command[] = [
    createdWorkspace,
    { type: 'department.create', departmentId: 'sales', name: 'Sales' },
    { type: 'department.create', departmentId: 'support', name: 'Support' },
    { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test', departmentIds: ['sales'] },
    { type: 'user.create', userId: 'bob', name: 'Bob', email: 'bob@acme.test', departmentIds: ['support'] },
  ];
  for (const id of online) commands.push({ type: 'presence.set', userId: id, presence: 'online' });
  commands.push(
    { type: 'workflow.save_draft', workflowId: 'wf', name: 'Assign', definition },
    { type: 'workflow.publish', workflowId: 'wf' },
  );
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

const results = (s: Scenario) =>
  s.lastEvents
    .filter((event) => event.type === 'workflow.step_result' || event.type === 'conversation.note_added')
    .map((event) => ('result' in event ? event.result : (event as { text: string }).text));

describe('assign: whenNobodyQualifies (F3)', () => {
  it('leave (the default): the conversation stays where routing put it', () => {
    const s = workspace(flow('leave', ann)).after(write);
    expect(s.state.conversations.k1).toMatchObject({ assigneeId: 'bob', status: 'assigned' });
    expect(results(s)).toEqual([
      'Ann is not online; the conversation stays as it is',
      'now with Bob',
      'internal note added',
    ]);
  });

  it('queue: out of its agent’s hands into the team’s queue, which serves it when a member has room', () => {
    const s = workspace(flow('queue', sales)).after(write);
    expect(s.state.conversations.k1).toMatchObject({ status: 'queued', departmentId: 'sales' });
    expect(s.state.chatQueues.sales).toEqual(['k1']);
    expect(s.state.users.bob!.chatSessions).toBe(0);
    expect(results(s)[0]).toBe('nobody online in Sales; queued in Sales (was Bob)');
    s.when({ type: 'presence.set', userId: 'ann', presence: 'online' });
    expect(s.state.conversations.k1).toMatchObject({ status: 'assigned', assigneeId: 'ann' });
  });

  it('queue: a member with room takes it at once', () => {
    const s = workspace(flow('queue', { kind: 'agent', userId: 'ann' }), []).after(write);
    // Nobody online in support: routing queued it; it stays queued in its own department.
    expect(s.state.conversations.k1).toMatchObject({ status: 'queued', departmentId: 'support' });
    expect(results(s)[0]).toBe('Ann is not online; it is already waiting in the Support queue');
  });

  it('any_agent: tries again without "online users only"', () => {
    const s = workspace(flow('any_agent', ann)).after(write);
    expect(s.state.conversations.k1).toMatchObject({ assigneeId: 'ann', status: 'assigned' });
    expect(results(s)[0]).toBe('assigned to Ann (was Bob), online or not');
  });

  it('goto: the run goes on at the named step', () => {
    const s = workspace(flow('goto', sales)).after(write);
    expect(s.state.conversations.k1!.assigneeId).toBe('bob');
    expect(results(s)).toEqual([
      'nobody online in Sales; going to step elsewhere',
      'went elsewhere',
      'internal note added',
    ]);
  });

  it('someone qualifies: the fallback does not run', () => {
    const s = workspace(flow('goto', sales), ['ann', 'bob']).after(write);
    expect(s.state.conversations.k1!.assigneeId).toBe('ann');
    expect(results(s)).toContain('now with Ann');
  });

  it('refuses goto without a step, and any_agent without onlineOnly, naming the step', () => {
    const s = workspace(flow('leave', ann));
    const save = (definition: WorkflowDefinition) =>
      ({ type: 'workflow.save_draft', workflowId: 'x', name: 'X', definition }) as const;
    const base = flow('goto', ann);
    const withAssign = (patch: object) => ({
      ...base,
      steps: base.steps.map((step) => (step.id === 'assign' ? { ...step, ...patch } : step)),
    });
    s.refuses(save(withAssign({ goto: undefined })), 'validation', 'steps.assign.goto');
    s.refuses(save(withAssign({ goto: 'nowhere' })), 'validation', 'steps.assign.goto');
    s.refuses(
      save(withAssign({ whenNobodyQualifies: 'any_agent', onlineOnly: false })),
      'validation',
      'steps.assign.whenNobodyQualifies',
    );
    s.refuses(
      save(withAssign({ whenNobodyQualifies: 'shrug' })),
      'validation',
      'steps.assign.whenNobodyQualifies',
    );
  });
});
