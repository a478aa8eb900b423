import { emptyWorkspace, type WorkspaceState } from '../engine/state.ts';
import { type PlannedCommand, Planner, type PlanOptions, type SectionPlanner } from './planner.ts';
import { planBilling } from './sections/billing.ts';
import { planContacts } from './sections/contacts.ts';
import { planDepartments } from './sections/departments.ts';
import { planGroups } from './sections/groups.ts';
import { planIvrMenus } from './sections/ivr-menus.ts';
import { planNumbers } from './sections/numbers.ts';
import { planPrune, planPruneNamed, planPruneVoice } from './sections/prune.ts';
import { planRoutingRules } from './sections/routing-rules.ts';
import { planSip } from './sections/sip.ts';
import { planUsers } from './sections/users.ts';
import { planWebhooks } from './sections/webhooks.ts';
import { planWorkflows } from './sections/workflows.ts';
import { planWorkspaceSettings } from './sections/workspace.ts';
import type { WorkspaceSpec } from './spec.ts';

export type { PlannedCommand, PlanOptions } from './planner.ts';

/**
 * The order in which sections are brought to the spec: what others refer to comes first
 * (departments before the users in them; users before the groups, menus, numbers and
 * contacts that name them; groups before the menus and numbers that route to them; menus
 * before numbers). Groups and menus are pruned once nothing the file keeps refers to them.
 * Workflows come last: they may name any of the others; users and departments a workflow
 * named are pruned after them.
 */
const sections: SectionPlanner[] = [
  planWorkspaceSettings,
  planBilling,
  planSip,
  planPrune,
  planDepartments,
  planUsers,
  planGroups,
  planIvrMenus,
  planNumbers,
  planRoutingRules,
  planPruneVoice,
  planContacts,
  planWorkflows,
  planPruneNamed,
  planWebhooks,
];

/**
 * The engine commands that bring a workspace (undefined: not created yet) to the spec, in
 * the order they must run. Pure: time and the new workspace's seed come in the options. An
 * unchanged spec plans nothing; a refused command throws a validation error naming the
 * spec's path, before anything has run.
 */
export function planWorkspace(
  live: WorkspaceState | undefined,
  spec: WorkspaceSpec,
  options: PlanOptions,
): PlannedCommand[] {
  const planner = new Planner(live ?? emptyWorkspace(spec.workspace.id), spec, options);
  for (const section of sections) section(planner);
  return planner.commands;
}
