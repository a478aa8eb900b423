import { invalid, notFound } from '../../domain/errors.ts';
import type { WorkspaceState } from '../state.ts';
import { hasEntries, own } from '../table.ts';
import type { Tx } from '../tx.ts';
import { checkRequirements, type SkillRequirement } from './skills.ts';

/** Where routing rules attach: a number's own agents, a telephony group, a chat department. */
export const ruleTargetKinds = ['number', 'group', 'department'] as const;
export type RuleTargetKind = (typeof ruleTargetKinds)[number];
export interface RuleTarget {
  kind: RuleTargetKind;
  id: string;
}

/**
 * R1 and R2 for one number, group or department: the skills its work needs (all of them),
 * and the seconds of wrap-up an agent gets after finishing a call or conversation of it.
 */
export interface RoutingRule {
  skills: SkillRequirement[];
  wrapUpSec: number;
}

export const noRule: RoutingRule = { skills: [], wrapUpSec: 0 };
export const maxWrapUpSec = 3600;

export type RoutingRuleCommand = {
  type: 'routing_rules.set';
  target: RuleTarget;
  skills?: SkillRequirement[];
  wrapUpSec?: number;
};

export type RoutingRuleEvent = { type: 'routing_rules.saved'; target: RuleTarget; rule: RoutingRule };

export const ruleKey = (target: RuleTarget) => `${target.kind}:${target.id}`;

/** Asked several times per routing decision: a workspace without rules builds no key for it. */
export const ruleOf = (state: WorkspaceState, kind: RuleTargetKind, id: string): RoutingRule =>
  hasEntries(state.routingRules) ? (own(state.routingRules, `${kind}:${id}`) ?? noRule) : noRule;

function checkTarget(state: WorkspaceState, target: RuleTarget): RuleTarget {
  const kind = target?.kind;
  if (!(ruleTargetKinds as readonly string[]).includes(kind))
    throw invalid('target.kind', `target.kind must be one of ${ruleTargetKinds.join(', ')}`);
  const id = typeof target.id === 'string' ? target.id : '';
  const records: Record<string, unknown> = {
    number: state.numbers,
    group: state.groups,
    department: state.departments,
  }[kind];
  if (!own(records, id)) throw notFound(kind, id, 'target.id');
  return { kind, id };
}

export function checkWrapUpSec(value: unknown, field = 'wrapUpSec'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > maxWrapUpSec)
    throw invalid(field, `${field} must be a whole number of seconds from 0 to ${maxWrapUpSec}`);
  return value;
}

export function decideRoutingRule(tx: Tx, command: RoutingRuleCommand): void {
  const target = checkTarget(tx.state, command.target);
  const current = ruleOf(tx.state, target.kind, target.id);
  const rule: RoutingRule = {
    skills: command.skills === undefined ? current.skills : checkRequirements(command.skills),
    wrapUpSec: command.wrapUpSec === undefined ? current.wrapUpSec : checkWrapUpSec(command.wrapUpSec),
  };
  if (JSON.stringify(rule) === JSON.stringify(current)) return;
  tx.emit({ type: 'routing_rules.saved', target, rule });
}

export function evolveRoutingRule(state: WorkspaceState, event: RoutingRuleEvent): WorkspaceState {
  const key = ruleKey(event.target);
  if (event.rule.skills.length === 0 && event.rule.wrapUpSec === 0) delete state.routingRules[key];
  else state.routingRules[key] = { skills: [...event.rule.skills], wrapUpSec: event.rule.wrapUpSec };
  return state;
}
