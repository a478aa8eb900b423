import { type RoutingRule, type RuleTargetKind, ruleOf } from '../../engine/routing/rules.ts';
import type { SkillRequirement } from '../../engine/routing/skills.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { changedFields, type Planner } from '../planner.ts';

interface RoutingSpecFields {
  id: string;
  skills?: SkillRequirement[];
  wrapUpSec?: number;
}

/** A requirement as the engine keeps it: the name trimmed and lowercased, no empty relaxation. */
const normalised = (skills: SkillRequirement[] = []): SkillRequirement[] =>
  skills.map(({ skill, minLevel, relax }) => ({
    skill: skill.trim().toLowerCase(),
    minLevel,
    ...(relax ? { relax: { afterSec: relax.afterSec, minLevel: relax.minLevel } } : {}),
  }));

/**
 * R1/R2: the skills required and the wrap-up of the numbers, groups and departments the spec
 * lists, after they exist. Left out, a number requires nothing and gives no wrap-up.
 */
export function planRoutingRules(planner: Planner): void {
  const sections = [
    ['departments', 'department'],
    ['groups', 'group'],
    ['numbers', 'number'],
  ] as const;
  for (const [section, kind] of sections)
    (planner.spec[section] as RoutingSpecFields[] | undefined)?.forEach((spec, index) => {
      const live = ruleOf(planner.state, kind, spec.id);
      const wanted: RoutingRule = { skills: normalised(spec.skills), wrapUpSec: spec.wrapUpSec ?? 0 };
      const changes: Partial<RoutingRule> = {};
      if (JSON.stringify(wanted.skills) !== JSON.stringify(live.skills)) changes.skills = wanted.skills;
      if (wanted.wrapUpSec !== live.wrapUpSec) changes.wrapUpSec = wanted.wrapUpSec;
      if (Object.keys(changes).length === 0) return;
      planner.issue(
        { type: 'routing_rules.set', target: { kind, id: spec.id }, ...changes },
        [section, index],
        `set routing of ${kind} ${spec.id}: ${changedFields(changes)}`,
      );
    });
}

/** What the spec writes for one number, group or department: only what is not the default. */
export function routingSpec(state: WorkspaceState, kind: RuleTargetKind, id: string) {
  const rule = ruleOf(state, kind, id);
  return {
    ...(rule.skills.length > 0 ? { skills: structuredClone(rule.skills) } : {}),
    ...(rule.wrapUpSec > 0 ? { wrapUpSec: rule.wrapUpSec } : {}),
  };
}
