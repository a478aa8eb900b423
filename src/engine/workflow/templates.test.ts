import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario } from '../testing.ts';
import { fillTemplate, workflowTemplates } from './templates.ts';
import { checkDefinition } from './validate.ts';

function workspace() {
  const commands: Command[] = [
    createdWorkspace,
    { type: 'department.create', departmentId: 'support', name: 'Support' },
    { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test' },
    { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented' },
  ];
  return new Scenario().after(...commands);
}

const template = (id: string) => workflowTemplates.find((candidate) => candidate.id === id)!;

describe('workflow templates', () => {
  it('F4: the canonical flow, filled with an agent and a team, is a valid definition in canonical form', () => {
    const { state } = workspace();
    const { definition } = fillTemplate(state, template('reassign_unanswered'), {
      agentId: 'ann',
      departmentId: 'support',
    });
    expect(checkDefinition(state, definition)).toEqual(definition);
    expect(definition.steps.map((step) => step.kind)).toEqual([
      'assign',
      'wait',
      'branch',
      'assign',
      'add_comment',
      'end',
    ]);
    expect(definition.steps[1]).toMatchObject({ seconds: 900 });
    expect(definition.steps[3]).toMatchObject({
      onlineOnly: true,
      target: { kind: 'team', departmentId: 'support' },
    });
  });

  it('every template fills into a definition the engine accepts as is', () => {
    const { state } = workspace();
    const values = { agentId: 'ann', departmentId: 'support', numberId: 'n1', waitMinutes: 5 };
    for (const each of workflowTemplates) {
      const own = Object.fromEntries(
        each.parameters.map((p) => [p.name, values[p.name as keyof typeof values]]),
      );
      const { definition } = fillTemplate(state, each, own);
      expect(checkDefinition(state, definition), each.id).toEqual(definition);
    }
  });

  it('refuses a missing, unknown or wrong parameter, naming it', () => {
    const { state } = workspace();
    const fill = (values: Record<string, string | number>) => () =>
      fillTemplate(state, template('reassign_unanswered'), values);
    expect(fill({ departmentId: 'support' })).toThrow(
      expect.objectContaining({ field: 'parameters.agentId' }),
    );
    expect(fill({ agentId: 'zed', departmentId: 'support' })).toThrow(
      expect.objectContaining({ field: 'parameters.agentId', message: 'user zed does not exist' }),
    );
    expect(fill({ agentId: 'ann', departmentId: 'support', waitMinutes: 0 })).toThrow(
      expect.objectContaining({ field: 'parameters.waitMinutes' }),
    );
    expect(fill({ agentId: 'ann', departmentId: 'support', colour: 'red' })).toThrow(
      expect.objectContaining({ field: 'parameters.colour' }),
    );
  });
});
