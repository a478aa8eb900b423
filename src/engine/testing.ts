import { expect } from '../../test/support/quick-expect.ts';
import type { Command } from './commands.ts';
import { decide } from './decide.ts';
import type { Event } from './events.ts';
import { evolve } from './evolve.ts';
import { buildRoutingIndex, currentRoutingIndex, describeRoutingIndex } from './routing/availability.ts';
import { emptyWorkspace, type WorkspaceState } from './state.ts';
import type { Actor } from './tx.ts';
import type { Pool } from './voice/call.ts';
import { countWaiting, entryPool, waitingFor } from './voice/waiting-counts.ts';

/** Given/when/then for deciders: build state from events, decide one command, check the events. */
export class Scenario {
  state: WorkspaceState;
  now = Date.UTC(2026, 0, 5, 9, 0, 0);
  lastEvents: Event[] = [];

  constructor(id = 'ws_test') {
    this.state = emptyWorkspace(id);
  }

  given(...events: Event[]): this {
    for (const event of events) this.state = evolve(this.state, event, this.now);
    return this;
  }

  /** Runs commands that must succeed, to reach a state. */
  after(...commands: Command[]): this {
    for (const command of commands) this.when(command);
    return this;
  }

  at(now: number): this {
    this.now = now;
    return this;
  }

  advance(ms: number): this {
    this.now += ms;
    return this;
  }

  when(command: Command, actor?: Actor): Event[] {
    const decision = decide(this.state, command, this.now, actor);
    if (!decision.ok) throw decision.error;
    this.state = decision.state;
    this.lastEvents = decision.events;
    return decision.events;
  }

  /** Asserts the command is refused with the code and field, and that nothing changed. */
  refuses(command: Command, code: string, field?: string): void {
    const before = JSON.stringify(this.state);
    const decision = decide(this.state, command, this.now);
    expect(decision.ok).toBe(false);
    if (decision.ok) return;
    expect(decision.error.code).toBe(code);
    if (field !== undefined) expect(decision.error.field).toBe(field);
    expect(JSON.stringify(this.state)).toBe(before);
  }

  /**
   * Fires every timer due by now, oldest first, each at its own time, as the runtime's
   * scheduler does on the virtual clock; then time is back at now.
   */
  fireDueTimers(): Event[] {
    const target = this.now;
    const fired: Event[] = [];
    for (;;) {
      const due = [...this.state.timers.values()]
        .filter((timer) => timer.at <= target)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.now = due.at;
      fired.push(...this.when({ type: 'timer.fire', timerId: due.id }, { kind: 'timer' }));
    }
    this.now = target;
    return fired;
  }
}

export const types = (events: Event[]) => events.map((event) => event.type);

export const createdWorkspace: Command = {
  type: 'workspace.create',
  name: 'Acme',
  plan: 'business',
  seed: 42,
};

/** Ann online on n1 (+34911234567), with c1 from +34600111222 ringing her (legs c1.0 and c1.1). */
export function annRinging(): Scenario {
  return new Scenario().after(
    createdWorkspace,
    { type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test' },
    { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented', settings: {} },
    { type: 'presence.set', userId: 'ann', presence: 'online' },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
  );
}

/** Issue 16: the routing index evolve kept up to date says what one built afresh from the state says. */
export function expectRoutingIndexFresh(state: WorkspaceState): void {
  expectWaitingCountsFresh(state);
  const live = currentRoutingIndex(state);
  if (!live) return;
  expect(describeRoutingIndex(live)).toEqual(describeRoutingIndex(buildRoutingIndex(state)));
}

/**
 * The waiting list's counts per pool, as evolve keeps them, equal a walk over the list. Asking
 * makes them remembered, so every later step's changes to them are checked too.
 */
function expectWaitingCountsFresh(state: WorkspaceState): void {
  const pools = Object.keys(state.numbers).map((id): Pool => ({ kind: 'number', id }));
  for (const id of state.waiting) {
    const pool = entryPool(state, id);
    if (pool) pools.push(pool);
  }
  for (const pool of pools) expect(waitingFor(state, pool)).toBe(countWaiting(state, pool));
}
