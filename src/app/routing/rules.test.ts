import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { routingRuleOf, routingRules } from './rules.ts';

const skill = (skillId: string) => ({ skillId, minLevel: 1 });

const state = {
  numbers: { n1: { id: 'n1' }, n2: { id: 'n2' } },
  groups: { g1: { id: 'g1' } },
  departments: { d1: { id: 'd1' } },
  routingRules: {
    'number:n2': { skills: [skill('fr')], wrapUpSec: 0 },
    'group:g1': { skills: [], wrapUpSec: 30 },
    'number:n1': { skills: [skill('es')], wrapUpSec: 10 },
    'department:d1': { skills: [skill('vip')], wrapUpSec: 0 },
  },
} as unknown as WorkspaceState;

describe('routing rules queries (R1/R2, issue 17)', () => {
  it('lists every target with a rule in a stable order: departments, groups, numbers, each by id', () => {
    expect(routingRules(state).map(({ kind, id }) => `${kind}:${id}`)).toEqual([
      'department:d1',
      'group:g1',
      'number:n1',
      'number:n2',
    ]);
    expect(routingRules(state)[2]).toEqual({
      kind: 'number',
      id: 'n1',
      skills: [skill('es')],
      wrapUpSec: 10,
    });
  });

  it('gives a target without a rule no skills and no wrap-up', () => {
    expect(routingRuleOf(state, 'number', 'n2').wrapUpSec).toBe(0);
    const bare = { ...state, routingRules: {} } as WorkspaceState;
    expect(routingRuleOf(bare, 'group', 'g1')).toEqual({ kind: 'group', id: 'g1', skills: [], wrapUpSec: 0 });
  });

  it('refuses a target that does not exist, naming id, whatever its kind', () => {
    for (const [kind, id] of [
      ['number', 'n9'],
      ['group', 'n1'],
      ['department', 'constructor'],
    ] as const) {
      expect(() => routingRuleOf(state, kind, id)).toThrow(DomainError);
      expect(() => routingRuleOf(state, kind, id)).toThrow(`${kind} ${id} does not exist`);
    }
  });
});
