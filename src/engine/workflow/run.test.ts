import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario, types } from '../testing.ts';
import type { WorkflowDefinition } from './definition.ts';

/** F4: seed 003's canonical flow. */
const canonical: WorkflowDefinition = {
  trigger: {
    kind: 'conversation_opened',
    match: 'all',
    conditions: [{ field: 'source', op: 'eq', value: 'contact' }],
  },
  start: 'assign',
  steps: [
    {
      id: 'assign',
      kind: 'assign',
      target: { kind: 'agent', userId: 'ann' },
      onlineOnly: false,
      next: 'wait',
    },
    { id: 'wait', kind: 'wait', seconds: 900, next: 'check' },
    {
      id: 'check',
      kind: 'branch',
      match: 'all',
      conditions: [
        { subject: 'status', op: 'eq', value: 'open' },
        { subject: 'last_outgoing', op: 'not_exists' },
      ],
      onTrue: 'reassign',
      onFalse: 'done',
    },
    {
      id: 'reassign',
      kind: 'assign',
      target: { kind: 'team', departmentId: 'support', strategy: 'round_robin' },
      onlineOnly: true,
      next: 'comment',
    },
    {
      id: 'comment',
      kind: 'add_comment',
      text: '{{previous_assignee}} did not answer in 15 minutes: it is yours now.',
      next: 'done',
    },
    { id: 'done', kind: 'end' },
  ],
};

function workspace(definition = canonical) {
  const commands: Command[] = [
    createdWorkspace,
    { type: 'department.create', departmentId: 'support', name: 'Support' },
  ];
  for (const id of ['ann', 'bob', 'cid'])
    commands.push({
      type: 'user.create',
      userId: id,
      name: id.toUpperCase(),
      email: `${id}@acme.test`,
      departmentIds: id === 'ann' ? [] : ['support'],
    });
  for (const id of ['ann', 'bob']) commands.push({ type: 'presence.set', userId: id, presence: 'online' });
  commands.push(
    { type: 'workflow.save_draft', workflowId: 'wf', name: 'Reassign silent conversations', definition },
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

describe('workflows (F1–F5)', () => {
  it('F4: assigned to Ann, no reply in 15 minutes: reassigned to an online agent of the team, with a comment naming Ann', () => {
    const s = workspace().after(write);
    expect(s.state.conversations.k1!.assigneeId).toBe('ann');
    s.advance(899_999).fireDueTimers();
    expect(s.state.conversations.k1!.assigneeId).toBe('ann');
    const events = s.advance(1).fireDueTimers();
    expect(events).toContainEqual(expect.objectContaining({ type: 'workflow.branch_taken', path: 'onTrue' }));
    expect(s.state.conversations.k1!.assigneeId).toBe('bob');
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'conversation.note_added',
        text: 'ANN did not answer in 15 minutes: it is yours now.',
      }),
    );
    expect(events.at(-1)).toMatchObject({ type: 'workflow.run_finished', reason: 'end' });
  });

  it('F4: Ann replied: the run ends without reassigning', () => {
    const s = workspace().after(write, {
      type: 'conversation.reply',
      conversationId: 'k1',
      userId: 'ann',
      messageId: 'r1',
      text: 'Hi!',
    });
    const events = s.advance(900_000).fireDueTimers();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'workflow.branch_taken', path: 'onFalse' }),
    );
    expect(s.state.conversations.k1!.assigneeId).toBe('ann');
  });

  it('F1: a running instance keeps its version; a new version applies to new conversations', () => {
    const s = workspace().after(write);
    const quicker = {
      ...canonical,
      steps: canonical.steps.map((step) => (step.kind === 'wait' ? { ...step, seconds: 60 } : step)),
    };
    s.when({
      type: 'workflow.save_draft',
      workflowId: 'wf',
      name: 'Reassign silent conversations',
      definition: quicker,
    });
    s.when({ type: 'workflow.publish', workflowId: 'wf' });
    s.when({ ...write, conversationId: 'k2', contact: { address: 'v2' }, channelMessageId: 'm2' });
    s.advance(60_000).fireDueTimers();
    expect(s.state.conversations.k2!.assigneeId).toBe('bob');
    expect(s.state.conversations.k1!.assigneeId).toBe('ann');
    expect(s.state.workflowRuns.wfr_1!.version).toBe(1);
  });

  it('F1: drafts do not run; publishing is explicit', () => {
    const s = workspace();
    s.when({ type: 'workflow.save_draft', workflowId: 'draft', name: 'Draft', definition: canonical });
    expect(s.state.workflows.draft!.versions).toEqual([]);
    s.when({ ...write });
    expect(Object.values(s.state.workflowRuns).filter((run) => run.workflowId === 'draft')).toEqual([]);
  });

  it('F1: invalid definitions are refused naming the step', () => {
    const s = workspace();
    const save = (definition: WorkflowDefinition) =>
      ({ type: 'workflow.save_draft', workflowId: 'x', name: 'X', definition }) as const;
    s.refuses(
      save({
        ...canonical,
        steps: canonical.steps.map((step) => (step.kind === 'wait' ? { ...step, seconds: 0 } : step)),
      }),
      'validation',
      'steps.wait.seconds',
    );
    s.refuses(
      save({
        ...canonical,
        steps: canonical.steps.map((step) =>
          step.id === 'assign' ? { ...step, target: { kind: 'agent', userId: 'nobody' } } : step,
        ) as never,
      }),
      'validation',
      'steps.assign.target.userId',
    );
    s.refuses(
      save({
        ...canonical,
        steps: canonical.steps.map((step) => (step.kind === 'branch' ? { ...step, onFalse: '' } : step)),
      }),
      'validation',
      'steps.check.onFalse',
    );
  });

  it('F5: the run log records each step entered, the branch taken and why', () => {
    const s = workspace().after(write);
    const events = s.advance(900_000).fireDueTimers();
    expect(types(events).filter((type) => type.startsWith('workflow.'))).toEqual([
      'workflow.step_entered',
      'workflow.branch_taken',
      'workflow.step_entered',
      'workflow.step_result',
      'workflow.step_entered',
      'workflow.step_result',
      'workflow.step_entered',
      'workflow.run_finished',
    ]);
    expect(events.find((e) => e.type === 'workflow.branch_taken')).toMatchObject({
      why: expect.stringContaining('no outgoing message exists'),
    });
  });

  it('F1: a draft that means the same as the latest version (defaults left out, keys reordered) is not a new version', () => {
    const s = workspace();
    const loose = JSON.parse(JSON.stringify(canonical));
    for (const step of loose.steps) if (step.kind === 'assign' && !step.onlineOnly) delete step.onlineOnly;
    delete loose.trigger.match;
    s.when({
      type: 'workflow.save_draft',
      workflowId: 'wf',
      name: 'Renamed',
      definition: { steps: loose.steps, start: loose.start, trigger: loose.trigger },
    });
    s.refuses({ type: 'workflow.publish', workflowId: 'wf' }, 'conflict', 'workflowId');
    expect(s.state.workflows.wf!.name).toBe('Renamed');
  });

  it('removing a workflow stops its running instances: waits cancelled, the log says why', () => {
    const s = workspace().after(write);
    const events = s.when({ type: 'workflow.remove', workflowId: 'wf' });
    expect(types(events)).toEqual(['timer.cleared', 'workflow.run_finished', 'workflow.removed']);
    expect(events[1]).toMatchObject({ reason: 'workflow_removed', conversationId: 'k1' });
    expect(s.state.workflowRuns).toEqual({});
    expect(s.advance(900_000).fireDueTimers()).toEqual([]);
  });
});
