import type { Logger } from 'pino';
import { DomainError } from '../domain/errors.ts';
import type { Command } from '../engine/commands.ts';
import { decide } from '../engine/decide.ts';
import type { StoredEvent } from '../engine/events.ts';
import { evolve } from '../engine/evolve.ts';
import { rebuildRoutingIndexes } from '../engine/routing/pool-index.ts';
import { emptyWorkspace, type WorkspaceState } from '../engine/state.ts';
import type { Actor } from '../engine/tx.ts';
import type { Store } from '../store/port.ts';
import type { Clock, VirtualClock } from './clock.ts';
import { TimerQueue } from './timer-queue.ts';

export class ShuttingDownError extends Error {
  constructor() {
    super('the server is shutting down');
  }
}

export interface Executed {
  events: StoredEvent[];
  state: WorkspaceState;
}

export type Listener = (events: StoredEvent[]) => void;

export interface RuntimeOptions {
  store: Store;
  clock: Clock;
  logger?: Logger;
  /** Save a workspace snapshot after this many events since the last one. */
  snapshotEvery?: number;
  /** Told of each command decided and each durable commit (I2 metrics). */
  observer?: RuntimeObserver;
}

export interface RuntimeObserver {
  command(type: string, accepted: boolean): void;
  commit(events: number, seconds: number): void;
}

interface WorkspaceActor {
  state: WorkspaceState;
  /** Highest sequence number known to be durable. */
  committedSeq: number;
  snapshotSeq: number;
  reloading?: Promise<void>;
}

interface Waiter {
  workspaceId: string;
  events: StoredEvent[];
  resolve: (executed: Executed) => void;
  reject: (error: Error) => void;
}

/**
 * Runs the engine: one actor (state + ordered command processing) per workspace, group
 * commit of every command decided in the same tick, and a scheduler firing due timers.
 * A command's promise resolves only after its events are durable (X2).
 */
export class Runtime {
  private readonly actors = new Map<string, WorkspaceActor>();
  private readonly timers = new TimerQueue();
  private readonly listeners = new Set<Listener>();
  private batch: Waiter[] = [];
  private flushing: Promise<void> | undefined;
  private flushQueued = false;
  private wakeup: NodeJS.Timeout | undefined;
  private advancing: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly snapshotEvery: number;

  constructor(private readonly options: RuntimeOptions) {
    this.snapshotEvery = options.snapshotEvery ?? 1000;
  }

  get clock(): Clock {
    return this.options.clock;
  }

  /** Rebuilds every workspace from its snapshot and later events, re-arms timers, fires due ones. */
  async start(): Promise<void> {
    for (const workspaceId of await this.options.store.workspaceIds()) await this.load(workspaceId);
    await this.runDueTimers();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.wakeup);
    await this.flush();
  }

  workspaceIds(): string[] {
    return [...this.actors.keys()];
  }

  /** The live state of a workspace: read it, never change it. */
  state(workspaceId: string): WorkspaceState | undefined {
    const actor = this.actors.get(workspaceId);
    return actor?.state.exists ? actor.state : undefined;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  pendingTimers(): number {
    return this.timers.size;
  }

  /** Decides a command now and resolves once its events are committed; throws DomainError if refused. */
  async execute(workspaceId: string, command: Command, actor: Actor = { kind: 'system' }): Promise<Executed> {
    if (this.stopped) throw new ShuttingDownError();
    let workspace = this.actors.get(workspaceId);
    if (workspace?.reloading) {
      await workspace.reloading;
      workspace = this.actors.get(workspaceId);
    }
    if (!workspace) {
      if (command.type !== 'workspace.create')
        throw new DomainError('not_found', `workspace ${workspaceId} does not exist`);
      workspace = { state: emptyWorkspace(workspaceId), committedSeq: 0, snapshotSeq: 0 };
      this.actors.set(workspaceId, workspace);
    }
    const before = workspace.state.version;
    const now = this.clock.now();
    const decision = decide(workspace.state, command, now, actor);
    this.options.observer?.command(command.type, decision.ok);
    if (!decision.ok) {
      if (!workspace.state.exists && workspace.state.version === 0) this.actors.delete(workspaceId);
      if (decision.dirty) this.reload(workspaceId);
      throw decision.error;
    }
    workspace.state = decision.state;
    const events = decision.events.map((event, index) => ({
      workspaceId,
      seq: before + index + 1,
      at: now,
      event,
    }));
    return new Promise<Executed>((resolve, reject) => {
      this.batch.push({ workspaceId, events, resolve, reject });
      this.queueFlush();
    });
  }

  /** Virtual clock only: moves time forward, firing every timer due on the way, in order. */
  advance(ms: number): Promise<void> {
    const clock = this.clock as VirtualClock;
    if (clock.kind !== 'virtual') throw new DomainError('validation', 'the clock is not virtual', 'clock');
    const run = async () => {
      const target = clock.now() + ms;
      for (let next = this.timers.peek(); next && next.at <= target; next = this.timers.peek()) {
        clock.set(next.at);
        await this.runDueTimers();
      }
      clock.set(target);
      await this.flush();
    };
    this.advancing = this.advancing.then(run, run);
    return this.advancing;
  }

  /** Commits everything decided so far. */
  flush(): Promise<void> {
    if (!this.flushing) this.flushing = this.drain().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      void this.flush();
    });
  }

  private async drain(): Promise<void> {
    while (this.batch.length > 0) {
      const batch = this.batch;
      this.batch = [];
      const events = batch.flatMap((waiter) => waiter.events);
      const started = performance.now();
      try {
        await this.options.store.commit(events);
      } catch (error) {
        this.failCommit(batch, error as Error);
        continue;
      }
      this.options.observer?.commit(events.length, (performance.now() - started) / 1000);
      for (const event of events) this.actors.get(event.workspaceId)!.committedSeq = event.seq;
      for (const waiter of batch)
        waiter.resolve({ events: waiter.events, state: this.actors.get(waiter.workspaceId)!.state });
      if (events.length > 0) this.afterCommit(events);
    }
  }

  /** Nothing of a failed commit happened: refuse its commands and those decided on top, rebuild from the log. */
  private failCommit(batch: Waiter[], error: Error): void {
    this.options.logger?.error({ err: error }, 'commit failed; rebuilding the affected workspaces');
    const failed = [...batch, ...this.batch];
    this.batch = [];
    for (const waiter of failed) waiter.reject(error);
    for (const workspaceId of new Set(failed.map((waiter) => waiter.workspaceId))) this.reload(workspaceId);
  }

  private afterCommit(events: StoredEvent[]): void {
    for (const { workspaceId, event } of events) {
      if (event.type === 'timer.set') this.timers.arm(workspaceId, event.timer.id, event.timer.at);
      if (event.type === 'timer.cleared') this.timers.disarm(workspaceId, event.timerId);
    }
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch (error) {
        this.options.logger?.error({ err: error }, 'event listener failed');
      }
    }
    this.scheduleWakeup();
    void this.snapshotWhereDue(new Set(events.map((event) => event.workspaceId)));
  }

  private async snapshotWhereDue(workspaceIds: Set<string>): Promise<void> {
    for (const workspaceId of workspaceIds) {
      const actor = this.actors.get(workspaceId);
      // Only a state with no uncommitted events may become a snapshot.
      if (!actor || actor.state.version !== actor.committedSeq) continue;
      if (actor.committedSeq - actor.snapshotSeq < this.snapshotEvery) continue;
      actor.snapshotSeq = actor.committedSeq;
      const snapshot = {
        workspaceId,
        seq: actor.committedSeq,
        state: JSON.parse(JSON.stringify(actor.state)),
      };
      await this.options.store.saveSnapshot(snapshot).catch((error) => {
        this.options.logger?.warn(
          { err: error, workspaceId },
          'snapshot failed; the log still has everything',
        );
      });
    }
  }

  private reload(workspaceId: string): void {
    const actor = this.actors.get(workspaceId);
    if (!actor || actor.reloading) return;
    actor.reloading = this.load(workspaceId).catch((error) => {
      this.options.logger?.error({ err: error, workspaceId }, 'could not rebuild workspace');
    });
  }

  private async load(workspaceId: string): Promise<void> {
    const { store } = this.options;
    const snapshot = await store.loadSnapshot(workspaceId);
    // A snapshot from an older version lacks newer fields: defaults fill them, derived indexes are rebuilt.
    let state = snapshot
      ? rebuildRoutingIndexes({ ...emptyWorkspace(workspaceId), ...snapshot.state })
      : emptyWorkspace(workspaceId);
    for (;;) {
      const page = await store.loadEvents(workspaceId, state.version, 10_000);
      for (const stored of page) state = evolve(state, stored.event, stored.at);
      if (page.length < 10_000) break;
    }
    this.timers.disarmWorkspace(workspaceId);
    for (const timer of Object.values(state.timers)) this.timers.arm(workspaceId, timer.id, timer.at);
    if (!state.exists) {
      this.actors.delete(workspaceId);
      return;
    }
    this.actors.set(workspaceId, { state, committedSeq: state.version, snapshotSeq: snapshot?.seq ?? 0 });
    this.scheduleWakeup();
  }

  private async runDueTimers(): Promise<void> {
    const due = this.timers.takeDue(this.clock.now());
    const fired = due.map((timer) =>
      this.execute(
        timer.workspaceId,
        { type: 'timer.fire', timerId: timer.timerId },
        { kind: 'timer' },
      ).catch((error) => {
        this.options.logger?.error({ err: error, ...timer }, 'timer failed');
      }),
    );
    await Promise.all(fired);
    this.scheduleWakeup();
  }

  private scheduleWakeup(): void {
    if (this.clock.kind !== 'system' || this.stopped) return;
    clearTimeout(this.wakeup);
    const next = this.timers.peek();
    if (!next) return;
    // setTimeout cannot wait longer than ~24 days; waking each minute also absorbs clock jumps.
    const delay = Math.min(Math.max(0, next.at - this.clock.now()), 60_000);
    this.wakeup = setTimeout(() => void this.runDueTimers(), delay);
    this.wakeup.unref();
  }
}
