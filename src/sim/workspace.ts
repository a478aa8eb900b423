import { planWorkspace } from '../config/plan.ts';
import type { WorkspaceSpec } from '../config/spec.ts';
import type { Command } from '../engine/commands.ts';
import { decide } from '../engine/decide.ts';
import type { Strategy } from '../engine/routing/strategy.ts';
import { emptyWorkspace, type WorkspaceState } from '../engine/state.ts';

/** The number the textbook case's calls dial. */
export const textbookNumber = '+34911000000';

/** Runs set-up commands that must all be accepted; a refusal names the command. */
export function build(state: WorkspaceState, commands: Command[], now: number): WorkspaceState {
  let current = state;
  for (const command of commands) {
    const decision = decide(current, command, now, { kind: 'admin' });
    if (!decision.ok)
      throw new Error(`simulation set-up: ${command.type} refused: ${decision.error.message}`);
    current = decision.state;
  }
  return current;
}

export interface TextbookOptions {
  agents: number;
  strategy?: Strategy;
  seed: number;
  startAt: number;
}

/**
 * The textbook call centre (M3): one number, `agents` identical online agents taking one call
 * each, and a queue as long and as patient as the engine allows (an hour, 10,000 calls), so
 * the only way out of it is an agent or the caller's own patience.
 */
export function textbookWorkspace(options: TextbookOptions): WorkspaceState {
  const commands: Command[] = [
    { type: 'workspace.create', name: 'Simulated centre', plan: 'business', seed: options.seed },
    {
      type: 'number.add',
      numberId: 'n_sim',
      e164: textbookNumber,
      kind: 'sip',
      settings: {
        strategy: options.strategy ?? 'longest_idle',
        queue: { enabled: true, maxWaitSec: 3600, maxLength: 10_000 },
      },
    },
  ];
  for (let index = 1; index <= options.agents; index += 1)
    commands.push({
      type: 'user.create',
      userId: `agent${index}`,
      name: `Agent ${index}`,
      email: `agent${index}@sim.test`,
    });
  for (let index = 1; index <= options.agents; index += 1)
    commands.push({ type: 'presence.set', userId: `agent${index}`, presence: 'online' });
  return build(emptyWorkspace('ws_sim'), commands, options.startAt);
}

/** A workspace as its YAML spec describes it, built by the same plan `switchboard apply` runs. */
export function specWorkspace(spec: WorkspaceSpec, startAt: number, seed: number): WorkspaceState {
  const planned = planWorkspace(undefined, spec, { now: startAt, seed });
  return build(
    emptyWorkspace(spec.workspace.id),
    planned.map((step) => step.command),
    startAt,
  );
}

/** Every user of the workspace online (a spec says who works there, not who is logged in). */
export function everyoneOnline(state: WorkspaceState, startAt: number): WorkspaceState {
  const commands: Command[] = Object.keys(state.users).map((userId) => ({
    type: 'presence.set',
    userId,
    presence: 'online',
  }));
  return build(state, commands, startAt);
}
