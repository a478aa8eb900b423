import { describe, expect, it } from 'vitest';
import { exportSpec } from './export.ts';
import { planWorkspace } from './plan.ts';
import { options, run, spec } from './plan-fixture.ts';
import type { WorkspaceSpec } from './spec.ts';
import { validateSpec } from './validate.ts';

/** The fixture with skills, requirements that relax, and wrap-up on a department, a group and a number. */
function withRouting(): WorkspaceSpec {
  const target = spec();
  target.users![1]!.skills = [{ skill: ' Spanish ', level: 4 }];
  target.departments![0] = {
    ...target.departments![0]!,
    skills: [{ skill: 'spanish', minLevel: 2 }],
    wrapUpSec: 20,
  };
  target.groups = [{ id: 'g_es', name: 'Spanish', members: ['u_bob'], wrapUpSec: 45 }];
  target.numbers![0] = {
    ...target.numbers![0]!,
    skills: [{ skill: 'spanish', minLevel: 3, relax: { afterSec: 60, minLevel: 0 } }],
    wrapUpSec: 30,
  };
  return validateSpec(target);
}

describe('R1/R2 in the workspace spec', () => {
  it('R1/R2: apply sets skills, requirements and wrap-up; export writes them back; applying that plans nothing', () => {
    const { state } = run(undefined, withRouting());
    expect(state.users.u_bob!.skills).toEqual([{ skill: 'spanish', level: 4 }]);
    expect(state.routingRules['number:n_main']).toEqual({
      skills: [{ skill: 'spanish', minLevel: 3, relax: { afterSec: 60, minLevel: 0 } }],
      wrapUpSec: 30,
    });
    expect(state.routingRules['group:g_es']).toEqual({ skills: [], wrapUpSec: 45 });
    const exported = exportSpec(state);
    expect(exported.users!.find((user) => user.id === 'u_bob')!.skills).toEqual([
      { skill: 'spanish', level: 4 },
    ]);
    expect(exported.departments!.find((department) => department.id === 'sales')).toMatchObject({
      skills: [{ skill: 'spanish', minLevel: 2 }],
      wrapUpSec: 20,
    });
    expect(planWorkspace(state, validateSpec(exported), { ...options, prune: true })).toEqual([]);
  });

  it('R1/R2: dropping them from the file clears them', () => {
    const { state } = run(run(undefined, withRouting()).state, spec());
    expect(state.users.u_bob!.skills).toEqual([]);
    expect(state.routingRules['number:n_main']).toBeUndefined();
    expect(state.routingRules['department:sales']).toBeUndefined();
  });

  it('R1: a requirement the engine refuses is named by its path', () => {
    const bad = withRouting();
    bad.numbers![0]!.skills = [{ skill: 'spanish', minLevel: 2, relax: { afterSec: 10, minLevel: 2 } }];
    expect(() => planWorkspace(undefined, bad, options)).toThrow(
      expect.objectContaining({ field: 'numbers[0].skills[0].relax.minLevel' }),
    );
  });
});
