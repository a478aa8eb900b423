import type { Logger } from 'pino';
import { DomainError } from '../domain/errors.ts';
import type { Command } from '../engine/commands.ts';
import { decide } from '../engine/decide.ts';
import type { StoredEvent } from '../engine/events.ts';
import { evolve } from '../engine/evolve.ts';
import { rebuildRoutingIndexes } from '../engine/routing/pool-index.ts';
import { emptyWorkspace, type WorkspaceState, withTables } from '../engine/state.ts';
import type { Actor } from '../engine/tx.ts';
import { OwnershipLostError } from '../store/ownership.ts';
import type { Store } from '../store/port.ts';
import type { Clock, VirtualClock } from './clock.ts';
import { ReadGate } from './read-gate.ts';
import { defaultSnapshotEvery, snapshotDue } from './snapshot-cadence.ts';
import { TimerQueue } from './timer-queue.ts';

export class ShuttingDownError extends Error {
  constructor() {
    super('the server is shutting down');
  }
}

/**
 * Another node owns the workspace (P2): this one must not decide its commands. The request
 * goes to the owner, or the client retries.
 */
export class NotOwnerError extends Error {
  constructor(readonly workspaceId: string) {
    super(`workspace ${workspaceId} is served by another node right now; retry`);
  }
}

export interface Executed {
  events: StoredEvent[];
  /** The live state once these events are durable: it may already hold later, uncommitted decisions. */
  state: WorkspaceState;
}

/**
 * Where a batch comes from: committed by this node (its owner), or by another node and
 * replayed here (replica). Effects (telephony, audio) run only for this node's own commits.
 */
export interface BatchSource {
  replica: boolean;
}

export type Listener = (events: StoredEvent[], source: BatchSource) => void;

export interface RuntimeOptions {
  store: Store;
  clock: Clock;
  logger?: Logger;
  /** Save a workspace snapshot after at least this many events since the last one (defaultSnapshotEvery). */
  snapshotEvery?: number;
  /**
   * Several nodes share the store (P2): workspaces start as read-only replicas until the
   * node adopts them, and creating one first claims it (false: another node has it).
   */
  claim?: (workspaceId: string) => Promise<boolean>;
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
  /** Size of the last snapshot this node wrote, in characters of JSON (sets the cadence). */
  snapshotBytes?: number;
  /** Set while the state is being rebuilt from the store (snapshot + log). */
  /** This node decides its commands and fires its timers; otherwise it only follows the log. */
  owned: boolean;
  reloading?: Promise<void>;
  /** The state may hold part of a discarded decision: no command may be decided on it. */
  stale?: boolean;
  /** Reads wait for the state to be committed, and new commands behind them. */
  gate?: ReadGate;
}

interface Waiter {
  workspaceId: string;
  events: StoredEvent[];
  resolve: (executed: Executed) => void;
  reject: (error: Error) => void;
}

/**
 * Commands at which a batch goes to a store that pipelines while another is in flight, and
 * without waiting for the end of the turn. Smaller batches wait for the one in flight (fewer,
 * larger commits: less CPU a call on both threads at a steady load). Under a wave of requests
 * (a commit's answers all coming back at once) the writer no longer idles while this thread
 * decides the wave, nor waits for it to hear the last commit: 2,800–3,260 against 2,570–2,770
 * calls/s at 128 callers (calls bench, session 15); 32 made more commits for less.
 */
const pipelineAt = 64;

/** A batch sent to the store. */
interface Commit {
  batch: Waiter[];
  events: StoredEvent[];
  started: number;
  written: Promise<void>;
  /** Its commit was refused: nothing decided after it may be sent before drain() has failed it. */
  failed: boolean;
  /** A refusal at once (a promise rejected when returned) would have marked it failed by now. */
  heard: boolean;
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
  /** Batches sent to the store and not yet durable, oldest first (one, unless it pipelines). */
  private readonly inFlight: Commit[] = [];
  private flushing: Promise<void> | undefined;
  private flushQueued = false;
  private wakeup: NodeJS.Timeout | undefined;
  private advancing: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly snapshotEvery: number;

  constructor(private readonly options: RuntimeOptions) {
    this.snapshotEvery = options.snapshotEvery ?? defaultSnapshotEvery;
  }

  get clock(): Clock {
    return this.options.clock;
  }

  /** Rebuilds every workspace from its snapshot and later events, re-arms timers, fires due ones. */
  async start(): Promise<void> {
    const owned = !this.options.claim;
    for (const workspaceId of await this.options.store.workspaceIds()) await this.load(workspaceId, owned);
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

  /**
   * The live state of a workspace: read it, never change it. It may hold commands decided
   * but not yet durable; the engine's adapters (telephony, timers) need that, readers of
   * the workspace (routes, queries) take committed() instead.
   */
  state(workspaceId: string): WorkspaceState | undefined {
    const actor = this.actors.get(workspaceId);
    return actor?.state.exists ? actor.state : undefined;
  }

  /**
   * The workspace's state as committed: nothing in it is decided but not yet durable, and
   * no rebuild is under way (undefined: no such workspace). decide changes the state in
   * place, so it holds only until the caller next awaits: run a synchronous query on it at
   * once, as read() does.
   */
  committed(workspaceId: string): Promise<WorkspaceState | undefined> {
    return this.atCommitted(workspaceId, (state) => state);
  }

  /**
   * Runs `use` in the same tick as the workspace's state is found committed (undefined: no such
   * workspace), before anything else can be decided on it.
   */
  private async atCommitted<T>(
    workspaceId: string,
    use: (state: WorkspaceState | undefined) => T,
  ): Promise<T> {
    // Each round waits for a commit or a rebuild; a workspace that never settles is a defect.
    for (let round = 0; round < 100; round++) {
      const actor = this.actors.get(workspaceId);
      if (!actor) return use(undefined);
      if (actor.reloading) await actor.reloading;
      else if (actor.stale) this.reload(workspaceId);
      else if (actor.state.version !== actor.committedSeq) await this.settled(actor);
      else return use(actor.state.exists ? actor.state : undefined);
    }
    throw new Error(`workspace ${workspaceId} has no committed state to read`);
  }

  /** Resolves once what the workspace has decided is durable (or its commit failed); commands wait meanwhile. */
  private settled(actor: WorkspaceActor): Promise<void> {
    actor.gate ??= new ReadGate();
    const { reads } = actor.gate;
    void this.flush();
    return reads;
  }

  /** Opens the workspace's gate if its state is committed, or whatever happens to it (failed: forced). */
  private openGate(workspaceId: string, force = false): void {
    const actor = this.actors.get(workspaceId);
    const gate = actor?.gate;
    if (!gate || (!force && actor.state.version !== actor.committedSeq)) return;
    gate.open(() => {
      if (actor.gate === gate) actor.gate = undefined;
    });
  }

  /**
   * Whether the workspace's creation is durable. It never waits for a commit: a workspace,
   * once created, is never removed, so no commit still in flight can undo the answer (the
   * per-request check of an API key's workspace; read() would hold every request for a commit).
   */
  created(workspaceId: string): boolean {
    const actor = this.actors.get(workspaceId);
    return actor !== undefined && actor.committedSeq > 0 && actor.state.exists;
  }

  /**
   * The live state, if a command could be decided on it in this very tick: the workspace
   * exists, this node owns it, and no rebuild or waiting read holds its commands. A command
   * handler may check such a state instead of the committed one when the check passes (see
   * executeChecked): its command is decided on top of it at once and acknowledged only once
   * everything before it is durable too. undefined: go through committed().
   */
  decidable(workspaceId: string): WorkspaceState | undefined {
    const actor = this.actors.get(workspaceId);
    if (!actor?.owned || actor.reloading || actor.stale || actor.gate || this.stopped) return undefined;
    return actor.state.exists ? actor.state : undefined;
  }

  /** Runs a synchronous query on the workspace's committed state (undefined: no such workspace). */
  read<T>(workspaceId: string, query: (state: WorkspaceState) => T): Promise<T | undefined> {
    return this.atCommitted(workspaceId, (state) => state && query(state));
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
    // Checked again after every wait: the decision below must run on a sound state, in the same tick.
    for (
      let retries = 0;
      workspace?.reloading || workspace?.stale || workspace?.gate;
      workspace = this.actors.get(workspaceId)
    ) {
      if (workspace.reloading) await workspace.reloading;
      else if (workspace.gate && !workspace.stale) await workspace.gate.commands;
      else if (retries++ < 2) this.reload(workspaceId);
      else throw new Error(`workspace ${workspaceId} could not be rebuilt from the store`);
    }
    if (!workspace) {
      if (command.type !== 'workspace.create')
        throw new DomainError('not_found', `workspace ${workspaceId} does not exist`);
      if (this.options.claim && !(await this.options.claim(workspaceId)))
        throw new NotOwnerError(workspaceId);
      workspace = this.actors.get(workspaceId) ?? {
        state: emptyWorkspace(workspaceId),
        committedSeq: 0,
        snapshotSeq: 0,
        owned: true,
      };
      this.actors.set(workspaceId, workspace);
    }
    if (!workspace.owned) {
      // Creating one that exists is refused the same on every node, owner or not.
      if (command.type === 'workspace.create' && workspace.state.exists)
        throw new DomainError('conflict', `workspace ${workspaceId} already exists`);
      throw new NotOwnerError(workspaceId);
    }
    const before = workspace.state.version;
    const now = this.clock.now();
    const decision = this.decideOrDiscard(workspaceId, workspace, command, now, actor);
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
      // A batch this size goes now, not at the end of the turn: under a wave of requests the
      // writer starts on its first part while this thread decides the rest.
      if (this.batch.length >= pipelineAt && this.options.store.pipelined) void this.flush();
      else this.queueFlush();
    });
  }

  /**
   * decide changes the state in place. An ordinary error (a defect, not a refusal) may escape
   * half-way through evolving an event: the decision is discarded and the workspace rebuilt
   * from its last committed state before any other command is decided on it.
   */
  private decideOrDiscard(
    workspaceId: string,
    workspace: WorkspaceActor,
    command: Command,
    now: number,
    actor: Actor,
  ): ReturnType<typeof decide> {
    try {
      return decide(workspace.state, command, now, actor);
    } catch (error) {
      this.options.logger?.error(
        { err: error, workspaceId, command: command.type },
        'decision failed; rebuilding the workspace from the store',
      );
      if (!workspace.state.exists && workspace.state.version === 0 && workspace.committedSeq === 0)
        this.actors.delete(workspaceId);
      else this.reload(workspaceId);
      throw error;
    }
  }

  /** Virtual clock only: moves time forward, firing every timer due on the way, in order. */
  advance(ms: number): Promise<void> {
    const clock = this.clock as VirtualClock;
    if (clock.kind !== 'virtual') throw new DomainError('validation', 'the clock is not virtual', 'clock');
    // Time never runs back, and a non-finite time would expire every session at once.
    if (!Number.isFinite(ms) || ms < 0)
      throw new DomainError('validation', 'ms must be a finite number of milliseconds, 0 or more', 'ms');
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
    if (this.flushing) {
      // The drain under way awaits whatever is sent now: it ends only once nothing is in flight.
      this.sendNext();
      return this.flushing;
    }
    const drained = this.drain();
    // Still waiting on a commit: drain() clears `flushing` itself, in the same step as it ends.
    if (this.inFlight.length > 0) this.flushing = drained;
    return drained;
  }

  private queueFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      void this.flush();
    });
  }

  /**
   * Group commit: each batch holds every command decided while the one before was written. A
   * batch goes to the store as soon as the one before is durable, before that one's listeners
   * run (stream messages, telephony effects, timers): they took a millisecond or two a batch
   * under load, the writer idle meanwhile. A store that pipelines (EventLog.pipelined) also
   * takes a batch while another is in flight once it holds `pipelineAt` commands (see sendNext).
   */
  private async drain(): Promise<void> {
    try {
      this.sendNext();
      while (this.inFlight.length > 0) {
        const commit = this.inFlight[0]!;
        try {
          await commit.written;
        } catch (error) {
          // The commits sent after it fail with it, none of them written (EventLog.pipelined).
          const failed = this.inFlight.splice(0).flatMap((sent) => sent.batch);
          if (error instanceof OwnershipLostError) this.ownershipLost(failed, error);
          else this.failCommit(failed, error as Error);
          this.sendNext();
          continue;
        }
        this.inFlight.shift();
        const { batch, events, started } = commit;
        this.options.observer?.commit(events.length, (performance.now() - started) / 1000);
        for (const event of events) this.actors.get(event.workspaceId)!.committedSeq = event.seq;
        // Decided on a state now durable: nothing a failure of this batch could undo.
        this.sendNext();
        for (const waiter of batch) {
          waiter.resolve({ events: waiter.events, state: this.actors.get(waiter.workspaceId)!.state });
          this.openGate(waiter.workspaceId);
        }
        if (events.length > 0) this.afterCommit(events);
      }
    } finally {
      // Cleared in the step in which the loop ends, not a microtask later: a flush() in between
      // would send a batch that no drain awaits, and resolve before it is durable.
      this.flushing = undefined;
    }
  }

  /**
   * Sends everything decided so far to the store as one batch: at once when nothing is in
   * flight; beside what is, to a store that pipelines, once the batch holds `pipelineAt`
   * commands. Not while a batch in flight has failed (what is decided now stands on it, and
   * failCommit refuses it), nor before a refusal at once of the last one sent would have been
   * heard (a store's promise rejected when returned, or a throw).
   */
  private sendNext(): void {
    if (this.batch.length === 0) return;
    if (this.inFlight.length > 0 && !this.maySendBeside()) return;
    if (this.inFlight.some((sent) => sent.failed)) return;
    const batch = this.batch;
    this.batch = [];
    const events = batch.flatMap((waiter) => waiter.events);
    const commit: Commit = {
      batch,
      events,
      started: performance.now(),
      written: Promise.resolve(),
      failed: false,
      heard: false,
    };
    try {
      commit.written = this.options.store.commit(events);
    } catch (error) {
      commit.written = Promise.reject(error);
      commit.failed = true;
    }
    commit.written.catch(() => {
      commit.failed = true;
    });
    // Queued after the catch above: an already rejected promise has marked it failed by then.
    queueMicrotask(() => {
      commit.heard = true;
    });
    this.inFlight.push(commit);
  }

  private maySendBeside(): boolean {
    return (
      this.options.store.pipelined === true &&
      this.batch.length >= pipelineAt &&
      this.inFlight.every((sent) => sent.heard)
    );
  }

  /**
   * The commit was fenced off (P2): nothing of it was written. The lost workspaces' commands
   * are refused (never acknowledged) and the workspaces become replicas; the other
   * workspaces' commands go into the next commit, in their order.
   */
  private ownershipLost(batch: Waiter[], error: OwnershipLostError): void {
    this.options.logger?.warn({ workspaceIds: error.workspaceIds }, error.message);
    const lost = new Set(error.workspaceIds);
    const waiting = [...batch, ...this.batch];
    this.batch = waiting.filter((waiter) => !lost.has(waiter.workspaceId));
    for (const waiter of waiting)
      if (lost.has(waiter.workspaceId)) waiter.reject(new NotOwnerError(waiter.workspaceId));
    for (const workspaceId of lost) {
      this.release(workspaceId);
      this.openGate(workspaceId, true);
    }
  }

  /** This node no longer owns the workspace: no commands, no timers; it follows the log again. */
  release(workspaceId: string): void {
    const actor = this.actors.get(workspaceId);
    if (!actor?.owned) return;
    actor.owned = false;
    this.timers.disarmWorkspace(workspaceId);
    this.serially(workspaceId, () => this.load(workspaceId, false));
  }

  /**
   * This node has just taken the workspace's lease (P3): its replica catches up with the
   * log's tail (everything the previous owner committed is there: its commits held the
   * lease row that the takeover waited for), telling listeners as any replica batch, then
   * it becomes the owner: its timers are armed and those now due fire.
   */
  async adopt(workspaceId: string): Promise<void> {
    await this.catchUp(workspaceId);
    await this.serially(workspaceId, async () => {
      const actor = this.actors.get(workspaceId);
      if (!actor || actor.owned) return;
      actor.owned = true;
      actor.snapshotSeq = actor.committedSeq;
      for (const timer of actor.state.timers.values()) this.timers.arm(workspaceId, timer.id, timer.at);
      this.scheduleWakeup();
    });
    await this.runDueTimers();
  }

  /** Whether this node decides the workspace's commands. */
  owns(workspaceId: string): boolean {
    return this.actors.get(workspaceId)?.owned === true;
  }

  /**
   * Another node committed to this workspace: apply what the log has beyond this replica's
   * version and tell the listeners (as a replica batch: no effects here).
   */
  catchUp(workspaceId: string): Promise<void> {
    return this.serially(workspaceId, async () => {
      const actor = this.actors.get(workspaceId);
      if (actor?.owned) return;
      if (!actor) return this.load(workspaceId, false);
      for (;;) {
        const page = await this.options.store.loadEvents(workspaceId, actor.state.version, 10_000);
        if (page.length === 0) return;
        for (const stored of page) actor.state = evolve(actor.state, stored.event, stored.at);
        actor.committedSeq = actor.state.version;
        this.notify(page, { replica: true });
        if (page.length < 10_000) return;
      }
    });
  }

  /** Runs work on a workspace after whatever is already queued on it; commands wait for it. */
  private serially(workspaceId: string, work: () => Promise<void>): Promise<void> {
    const actor = this.actors.get(workspaceId);
    const before = actor?.reloading ?? Promise.resolve();
    const next = before.then(work).catch((error) => {
      this.options.logger?.error({ err: error, workspaceId }, 'could not rebuild workspace');
    });
    if (actor) actor.reloading = next;
    void next.finally(() => {
      const current = this.actors.get(workspaceId);
      if (current?.reloading === next) current.reloading = undefined;
    });
    return next;
  }

  /** Nothing of a failed commit happened: refuse its commands and those decided on top, rebuild from the log. */
  private failCommit(batch: Waiter[], error: Error): void {
    this.options.logger?.error({ err: error }, 'commit failed; rebuilding the affected workspaces');
    const failed = [...batch, ...this.batch];
    this.batch = [];
    for (const waiter of failed) waiter.reject(error);
    for (const workspaceId of new Set(failed.map((waiter) => waiter.workspaceId))) {
      this.reload(workspaceId);
      // The reads and commands waiting find the workspace being rebuilt, and wait for that.
      this.openGate(workspaceId, true);
    }
  }

  private afterCommit(events: StoredEvent[]): void {
    for (const { workspaceId, event } of events) {
      if (event.type === 'timer.set') this.timers.arm(workspaceId, event.timer.id, event.timer.at);
      if (event.type === 'timer.cleared') this.timers.disarm(workspaceId, event.timerId);
    }
    this.notify(events, { replica: false });
    this.scheduleWakeup();
    void this.snapshotWhereDue(new Set(events.map((event) => event.workspaceId)));
  }

  private notify(events: StoredEvent[], source: BatchSource): void {
    for (const listener of this.listeners) {
      try {
        listener(events, source);
      } catch (error) {
        this.options.logger?.error({ err: error }, 'event listener failed');
      }
    }
  }

  /**
   * Only a committed state may become a snapshot. Under a steady load the next batch is always
   * decided before one is durable, so a due snapshot reads the committed state as any query
   * does (the workspace's commands wait behind it, one commit at most). The store serializes
   * the state before saveSnapshot returns: no copy is made here.
   */
  private async snapshotWhereDue(workspaceIds: Set<string>): Promise<void> {
    for (const workspaceId of workspaceIds) {
      const due = this.actors.get(workspaceId);
      if (!due?.owned || due.stale) continue;
      if (!snapshotDue(due.committedSeq - due.snapshotSeq, this.snapshotEvery, due.snapshotBytes ?? 0))
        continue;
      // Marked at once, so the commits that follow while this one waits do not take it again.
      due.snapshotSeq = due.committedSeq;
      await this.atCommitted(workspaceId, (state) => {
        const actor = this.actors.get(workspaceId);
        if (!state || !actor?.owned) return;
        actor.snapshotSeq = actor.committedSeq;
        // The text is the snapshot: no deep copy of the state beside it (the peak of a big workspace's memory).
        const json = JSON.stringify(state);
        actor.snapshotBytes = json.length;
        return this.options.store.saveSnapshot({ workspaceId, seq: actor.committedSeq, state, json });
      }).catch((error) => {
        this.options.logger?.warn(
          { err: error, workspaceId },
          'snapshot failed; the log still has everything',
        );
      });
    }
  }

  /**
   * Rebuilds a workspace from the store. Commands decided before it on a sound state commit
   * first (so the rebuild reads them back); none is decided on it until the rebuild ends.
   */
  private reload(workspaceId: string): void {
    const actor = this.actors.get(workspaceId);
    if (!actor || actor.reloading) return;
    actor.stale = true;
    // What was decided before the failure commits first; then the state is rebuilt from the store.
    this.serially(workspaceId, () => this.flush().then(() => this.load(workspaceId, actor.owned)));
  }

  private async load(workspaceId: string, owned: boolean): Promise<void> {
    const { store } = this.options;
    const snapshot = await store.loadSnapshot(workspaceId);
    // A snapshot from an older version lacks newer fields: defaults fill them, derived indexes are rebuilt.
    let state = snapshot
      ? rebuildRoutingIndexes(
          withTables({ ...emptyWorkspace(workspaceId), ...snapshot.state, version: snapshot.seq }),
        )
      : emptyWorkspace(workspaceId);
    for (;;) {
      const page = await store.loadEvents(workspaceId, state.version, 10_000);
      for (const stored of page) {
        state = evolve(state, stored.event, stored.at);
        // The version is the last stored sequence, not a count: a log with a gap (left by an
        // older server) must not make the next event reuse a sequence number.
        state.version = stored.seq;
      }
      if (page.length < 10_000) break;
    }
    this.timers.disarmWorkspace(workspaceId);
    // Only the owner fires a workspace's timers.
    if (owned) for (const timer of state.timers.values()) this.timers.arm(workspaceId, timer.id, timer.at);
    // Reads and commands waiting on the state being replaced check again on this one.
    this.openGate(workspaceId, true);
    if (!state.exists) {
      this.actors.delete(workspaceId);
      return;
    }
    const reloading = this.actors.get(workspaceId)?.reloading;
    this.actors.set(workspaceId, {
      state,
      committedSeq: state.version,
      snapshotSeq: snapshot?.seq ?? 0,
      owned,
      reloading,
    });
    this.scheduleWakeup();
    // A long tail replayed now would be replayed again at the next start unless a snapshot follows.
    void this.snapshotWhereDue(new Set([workspaceId]));
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
