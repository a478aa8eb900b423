import { notFound } from '../../domain/errors.ts';
import { type RuleTargetKind, ruleOf, ruleTargetKinds } from '../../engine/routing/rules.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { own } from '../../engine/table.ts';

/** R1/R2: one target's rule as the API shows it; a target with none has no skills and no wrap-up. */
export const routingRuleView = (state: WorkspaceState, kind: RuleTargetKind, id: string) => ({
  kind,
  id,
  ...ruleOf(state, kind, id),
});

const isKind = (kind: string): kind is RuleTargetKind =>
  (ruleTargetKinds as readonly string[]).includes(kind);

/** R1/R2: every target that has a rule, departments then groups then numbers, each by id. */
export function routingRules(state: WorkspaceState) {
  return Object.keys(state.routingRules)
    .sort()
    .flatMap((key) => {
      const [kind = '', ...rest] = key.split(':');
      return isKind(kind) ? [routingRuleView(state, kind, rest.join(':'))] : [];
    });
}

/** R1/R2: the rule of a number, group or department that exists; 404 naming `id` otherwise. */
export function routingRuleOf(state: WorkspaceState, kind: RuleTargetKind, id: string) {
  const records = { number: state.numbers, group: state.groups, department: state.departments }[kind];
  if (!own(records as Record<string, unknown>, id)) throw notFound(kind, id, 'id');
  return routingRuleView(state, kind, id);
}
