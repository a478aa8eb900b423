import { randomInt } from 'node:crypto';
import { DomainError } from '../domain/errors.ts';
import type { Actor } from '../engine/tx.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { PasswordHashing } from '../security/passwords.ts';
import { type PasswordStore, passwordChanges, setPasswords } from './passwords.ts';
import { type PlannedCommand, planWorkspace } from './plan.ts';
import { refusalAt } from './planner.ts';
import type { WorkspaceSpec } from './spec.ts';

export interface ApplyContext {
  runtime: Runtime;
  store: PasswordStore;
  /** Hashes the spec's passwords at the server's cost. */
  passwords: Pick<PasswordHashing, 'hash'>;
}

export interface ApplyOptions {
  actor: Actor;
  /** Remove what the spec's sections do not list. */
  prune?: boolean;
  /** Plan only: report what would change and change nothing. */
  dryRun?: boolean;
}

/** One change, as the API and the CLI report it; never holds a secret. */
export interface AppliedChange {
  type: string;
  path: string;
  summary: string;
}

const described = ({ command, path, summary }: PlannedCommand): AppliedChange => ({
  type: command.type,
  path,
  summary,
});

/**
 * Brings a workspace to its spec through the runtime: the plan is computed and simulated
 * first (a bad spec is refused before anything runs), then each command is executed in
 * order and is durable when this resolves. Passwords are set last, hashed.
 */
export function applySpec(
  context: ApplyContext,
  spec: WorkspaceSpec,
  options: ApplyOptions,
): Promise<AppliedChange[]> {
  return oneAtATime(context.runtime, spec.workspace.id, () => planAndRun(context, spec, options));
}

const queues = new WeakMap<Runtime, Map<string, Promise<unknown>>>();

/** Two applies to one workspace would each plan against the other's half-done work: they take turns. */
function oneAtATime<T>(runtime: Runtime, workspaceId: string, run: () => Promise<T>): Promise<T> {
  let workspaces = queues.get(runtime);
  if (!workspaces) {
    workspaces = new Map();
    queues.set(runtime, workspaces);
  }
  const turn = (workspaces.get(workspaceId) ?? Promise.resolve()).then(run);
  const settled = turn.then(
    () => undefined,
    () => undefined,
  );
  workspaces.set(workspaceId, settled);
  void settled.then(() => {
    if (workspaces.get(workspaceId) === settled) workspaces.delete(workspaceId);
  });
  return turn;
}

async function planAndRun(
  context: ApplyContext,
  spec: WorkspaceSpec,
  options: ApplyOptions,
): Promise<AppliedChange[]> {
  const { runtime, store, passwords: hashing } = context;
  const workspaceId = spec.workspace.id;
  const planned = planWorkspace(runtime.state(workspaceId), spec, {
    now: runtime.clock.now(),
    seed: randomInt(1, 2 ** 31 - 1),
    prune: options.prune,
    actor: options.actor,
  });
  const passwords = await passwordChanges(store, workspaceId, spec);
  const changes = [
    ...planned.map(described),
    ...passwords.map((change) => ({
      type: 'password.set',
      path: change.path,
      summary: `set the password of user ${change.userId}`,
    })),
  ];
  if (options.dryRun) return changes;
  for (const step of planned) {
    try {
      await runtime.execute(workspaceId, step.command, options.actor);
    } catch (error) {
      // Only a change made by someone else since the plan was simulated gets here.
      if (error instanceof DomainError) throw refusalAt(error, step.path);
      throw error;
    }
  }
  await setPasswords(store, hashing, workspaceId, passwords);
  return changes;
}
