import type { Command } from '../../src/engine/commands.ts';
import { decide } from '../../src/engine/decide.ts';
import type { Event } from '../../src/engine/events.ts';
import { evolve } from '../../src/engine/evolve.ts';
import type { Strategy } from '../../src/engine/routing/strategy.ts';
import { emptyWorkspace, type User, type WorkspaceState } from '../../src/engine/state.ts';
import type { Actor } from '../../src/engine/tx.ts';

export const businessNumber = '+34911234567';
export const numberId = 'n_main';

/** The customer numbers calls come from: valid Spanish mobiles, one per index. */
export const customerNumber = (index: number) =>
  `+346${String(600_000_00 + (index % 10_000_000)).padStart(8, '0')}`;

export const agentId = (index: number) => `u_${index}`;

/** One workspace's engine state driven by commands only, as the runtime would, minus the store. */
export class EngineDriver {
  state: WorkspaceState;
  now = Date.UTC(2026, 0, 5, 9, 0, 0);
  commands = 0;
  events = 0;

  constructor(id = 'ws_bench') {
    this.state = emptyWorkspace(id);
  }

  /** Decides one command that must be accepted, and returns its events. */
  run(command: Command, actor: Actor = { kind: 'system' }): Event[] {
    const decision = decide(this.state, command, this.now, actor);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.message}`);
    this.state = decision.state;
    this.commands += 1;
    this.events += decision.events.length;
    return decision.events;
  }
}

export interface Built {
  driver: EngineDriver;
  agentIds: string[];
  /** Wall time to create the workspace, the number and every agent (user.create + presence.set). */
  buildMs: number;
}

/**
 * A workspace with one number and `agents` online agents, built through commands: the number
 * first, so W8 assigns every new user to it (and every user is in its pool).
 */
export function buildWorkspace(agents: number, strategy: Strategy): Built {
  const started = performance.now();
  const driver = new EngineDriver();
  driver.run({ type: 'workspace.create', name: 'Bench', plan: 'business', seed: 42 });
  driver.run({ type: 'number.add', numberId, e164: businessNumber, kind: 'rented', settings: { strategy } });
  const agentIds: string[] = [];
  for (let index = 0; index < agents; index += 1) {
    const userId = agentId(index);
    driver.run({ type: 'user.create', userId, name: `Agent ${index}`, email: `agent${index}@bench.test` });
    agentIds.push(userId);
  }
  for (const userId of agentIds) driver.run({ type: 'presence.set', userId, presence: 'online' });
  return { driver, agentIds, buildMs: performance.now() - started };
}

/** The leg an inbound call rang first, if it rang an agent. */
export function ringingLeg(events: Event[]): { legId: string; userId: string } | undefined {
  for (const event of events)
    if (event.type === 'call.leg_ringing' && event.userId)
      return { legId: event.legId, userId: event.userId };
  return undefined;
}

export const customerLegId = (callId: string) => `${callId}.0`;

/**
 * The same workspace built by replaying the events those commands would emit, as a restart
 * does (Runtime.load evolves the log). Used where building by commands is too slow to wait
 * for: user.create checks email uniqueness over every user, so N creates cost O(N²). The
 * user's shape comes from one real user.create, so fields the engine adds later follow.
 */
export function replayWorkspace(agents: number, strategy: Strategy): Built {
  const started = performance.now();
  const driver = new EngineDriver();
  driver.run({ type: 'workspace.create', name: 'Bench', plan: 'business', seed: 42 });
  driver.run({ type: 'number.add', numberId, e164: businessNumber, kind: 'rented', settings: { strategy } });
  const template = templateUser(driver.now);
  const agentIds: string[] = [];
  for (let index = 0; index < agents; index += 1) {
    const userId = agentId(index);
    const user: User = {
      ...template,
      id: userId,
      name: `Agent ${index}`,
      email: `agent${index}@bench.test`,
      capacity: { ...template.capacity },
    };
    evolve(
      driver.state,
      { type: 'user.created', user, departmentIds: [], numberIds: [numberId] },
      driver.now,
    );
    evolve(
      driver.state,
      { type: 'presence.changed', userId, from: 'offline', to: 'online', reason: 'requested' },
      driver.now,
    );
    agentIds.push(userId);
  }
  return { driver, agentIds, buildMs: performance.now() - started };
}

/** The user a plain user.create makes, taken from the engine on a scratch workspace. */
function templateUser(now: number): User {
  const scratch = new EngineDriver('ws_template');
  scratch.now = now;
  scratch.run({ type: 'workspace.create', name: 'Template', plan: 'business', seed: 1 });
  const [created] = scratch.run({
    type: 'user.create',
    userId: 'u_template',
    name: 'T',
    email: 't@bench.test',
  });
  if (created?.type !== 'user.created') throw new Error('user.create no longer starts with user.created');
  return created.user;
}
