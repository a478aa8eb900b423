import { DomainError } from '../domain/errors.ts';
import type { Command } from '../engine/commands.ts';
import { decide } from '../engine/decide.ts';
import { type WorkspaceState, withTables } from '../engine/state.ts';
import type { Actor } from '../engine/tx.ts';
import type { WorkspaceSpec } from './spec.ts';
import { formatPath, type SpecPath } from './validate.ts';

/** One engine command of a plan, with the place in the spec it comes from. */
export interface PlannedCommand {
  command: Command;
  /** users[2], billing, prune: where to look in the spec when it is refused. */
  path: string;
  /** For people: "update user u_ann: mobile, capacity". */
  summary: string;
}

export interface PlanOptions {
  now: number;
  /** Seed of a workspace's PRNG when the plan creates the workspace. */
  seed: number;
  /** Remove what the spec's managed sections do not list (also set by the spec's own `prune`). */
  prune?: boolean;
  actor?: Actor;
}

/** Engine field names that the spec spells differently, at the start of a field... */
const specFieldOf: Record<string, string> = {
  userId: 'id',
  departmentId: 'id',
  numberId: 'id',
  contactId: 'id',
  groupId: 'id',
  menuId: 'id',
  departmentIds: 'departments',
  numberIds: 'id',
  assignedUserIds: 'assignedUsers',
  responsibleUserId: 'responsible',
  memberIds: 'members',
};

/** ...and inside one: a route's or a menu option's reference (route.groupId is route.group). */
const nestedFieldOf: Record<string, string> = { groupId: 'group', menuId: 'menu', userId: 'user' };

function specField(field: string): string {
  const head = /^[A-Za-z]+/.exec(field)?.[0] ?? field;
  const renamed = specFieldOf[head];
  const rest = field
    .slice(head.length)
    .replace(/\.(groupId|menuId|userId)\b/g, (_match, name: string) => `.${nestedFieldOf[name]}`);
  return (renamed ?? head) + rest;
}

/** Turns an engine refusal into a spec error naming the path: users[2].mobile: ... */
export function refusalAt(error: DomainError, path: string): DomainError {
  const field = error.field && path !== 'prune' ? `${path}.${specField(error.field)}` : path;
  // A reference to something that does not exist is a mistake in the file, not a missing resource.
  const code = error.code === 'not_found' ? 'validation' : error.code;
  return new DomainError(code, `${field}: ${error.message}`, field);
}

/**
 * Builds a plan by simulation: each command is decided against a copy of the workspace as
 * the earlier commands left it. So the plan sees its own effects (a user created before a
 * number is assigned to it), every engine rule is checked before anything runs, and a
 * command that would change nothing is left out, which is what makes apply idempotent.
 */
export class Planner {
  readonly commands: PlannedCommand[] = [];
  state: WorkspaceState;

  constructor(
    live: WorkspaceState,
    readonly spec: WorkspaceSpec,
    readonly options: PlanOptions,
  ) {
    this.state = withTables(structuredClone(live));
  }

  get prune(): boolean {
    return Boolean(this.options.prune || this.spec.prune);
  }

  issue(command: Command, path: SpecPath | string, summary: string): void {
    const at = typeof path === 'string' ? path : formatPath(path);
    const decision = decide(this.state, command, this.options.now, this.options.actor);
    if (!decision.ok) throw refusalAt(decision.error, at);
    this.state = decision.state;
    if (decision.events.length > 0) this.commands.push({ command, path: at, summary });
  }
}

/** A section of the spec: compares it with the simulated workspace and issues what differs. */
export type SectionPlanner = (planner: Planner) => void;

/** Names the fields that differ, for summaries: "mobile, capacity". */
export const changedFields = (changes: object) => Object.keys(changes).join(', ');

export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}
