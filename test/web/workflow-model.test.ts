import { describe, expect, it } from 'vitest';
import { fromSeconds, toSeconds } from '../../web/src/workflows/builder/duration.ts';
import {
  following,
  fromDefinition,
  moveStep,
  newStep,
  placeOf,
  theEnd,
  toDefinition,
  withoutStep,
} from '../../web/src/workflows/builder/model.ts';
import { sameDefinition, type WorkflowDefinition } from '../../web/src/workflows/types.ts';

/** Seed 003's flow as the server keeps it (src/engine/workflow/templates.ts). */
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
      target: { kind: 'agent', userId: 'u_agent' },
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
    { id: 'comment', kind: 'add_comment', text: '{{previous_assignee}} did not reply.', next: 'done' },
    { id: 'done', kind: 'end' },
  ],
};

describe('the workflow builder’s model (web console)', () => {
  it('reads a saved definition into the editor and writes the same definition back', () => {
    const editor = fromDefinition(canonical);
    expect(editor.steps.map((step) => step.next)).toEqual([
      following,
      following,
      theEnd,
      following,
      following,
      theEnd,
    ]);
    expect(editor.steps[1]!.wait).toEqual({ amount: '15', unit: 'minutes' });
    expect(toDefinition(editor)).toEqual(canonical);
  });

  it('an assign step keeps its required skills, all of them at their levels, and sends none when none are listed (issue 21 R1)', () => {
    const steps = canonical.steps.map((step) =>
      step.id === 'reassign' && step.kind === 'assign'
        ? {
            ...step,
            skills: [
              { skill: 'billing', minLevel: 3 },
              { skill: 'spanish', minLevel: 1 },
            ],
          }
        : step,
    );
    const withSkills: WorkflowDefinition = { ...canonical, steps };
    const editor = fromDefinition(withSkills);
    expect(editor.steps[3]!.skills.map(({ skill, minLevel }) => `${skill}:${minLevel}`)).toEqual([
      'billing:3',
      'spanish:1',
    ]);
    expect(toDefinition(editor)).toEqual(withSkills);
    editor.steps[3]!.skills = [{ skill: ' vip ', minLevel: 4, relaxAfter: '', relaxTo: 0 }];
    expect(toDefinition(editor).steps[3]).toMatchObject({ skills: [{ skill: 'vip', minLevel: 4 }] });
    editor.steps[3]!.skills = [];
    expect(toDefinition(editor).steps[3]).not.toHaveProperty('skills');
    expect(placeOf('definition.steps[3].skills[0].minLevel', withSkills)).toEqual({
      place: 'step',
      stepId: 'reassign',
      key: 'skills[0].minLevel',
    });
  });

  it('puts the start first, and a definition in another order is still the same', () => {
    const shuffled = { ...canonical, steps: [...canonical.steps].reverse() };
    const editor = fromDefinition(shuffled);
    expect(editor.steps[0]!.id).toBe('assign');
    expect(sameDefinition(toDefinition(editor), canonical)).toBe(true);
  });

  it('adds an end step when a branch path ends the workflow, and none when nothing needs one', () => {
    const branch = { ...newStep('branch', []), onTrue: following, onFalse: theEnd };
    const wait = newStep('wait', ['check']);
    const written = toDefinition({
      trigger: { kind: 'conversation_opened', match: 'all', conditions: [] },
      steps: [branch, wait],
    });
    expect(written.steps.map((step) => [step.id, step.kind])).toEqual([
      ['check', 'branch'],
      ['wait', 'wait'],
      ['end', 'end'],
    ]);
    expect(written.steps[0]).toMatchObject({ onTrue: 'wait', onFalse: 'end' });
    expect(written.steps[1]).toEqual({ id: 'wait', kind: 'wait', seconds: 900, next: 'end' });
    const plain = toDefinition({
      trigger: { kind: 'conversation_opened', match: 'all', conditions: [] },
      steps: [wait],
    });
    expect(plain.steps).toEqual([{ id: 'wait', kind: 'wait', seconds: 900 }]);
  });

  it('moves and removes steps; paths to a removed step go on to the following one', () => {
    const steps = fromDefinition(canonical).steps;
    expect(moveStep(steps, 4, -1).map((step) => step.id)).toEqual([
      'assign',
      'wait',
      'check',
      'comment',
      'reassign',
      'done',
    ]);
    expect(moveStep(steps, 0, -1)).toBe(steps);
    const without = withoutStep(steps, 'done');
    expect(without.find((step) => step.id === 'check')!.onFalse).toBe(following);
  });

  it('places a refusal on the step it names, by id or by position', () => {
    expect(placeOf('steps.wait.seconds', canonical)).toEqual({
      place: 'step',
      stepId: 'wait',
      key: 'seconds',
    });
    expect(placeOf('definition.steps[2].conditions[1].op', canonical)).toEqual({
      place: 'step',
      stepId: 'check',
      key: 'conditions[1].op',
    });
    expect(placeOf('steps.check.conditions[0].value', canonical)).toMatchObject({ stepId: 'check' });
    expect(placeOf('trigger.conditions[0].value', canonical)).toEqual({
      place: 'trigger',
      key: 'conditions[0].value',
    });
    expect(placeOf('name', canonical)).toEqual({ place: 'name' });
    expect(placeOf('start', canonical)).toEqual({ place: 'workflow' });
  });

  it('counts durations in whole seconds, shown in the largest unit that fits', () => {
    expect(toSeconds({ amount: '15', unit: 'minutes' })).toBe(900);
    expect(toSeconds({ amount: '1,5', unit: 'hours' })).toBe(5400);
    expect(toSeconds({ amount: '', unit: 'minutes' })).toBe(0);
    expect(fromSeconds(86_400)).toEqual({ amount: '1', unit: 'days' });
    expect(fromSeconds(90)).toEqual({ amount: '90', unit: 'seconds' });
  });
});
