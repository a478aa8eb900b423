import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Runtime } from '../runtime/runtime.ts';
import type { Fence } from '../store/ownership.ts';
import type { LeaseView, Owner, PostgresLeases, TakenLease } from '../store/postgres/leases.ts';
import type { CommitNotice } from '../store/postgres/notifications.ts';
import { drainTargets, rebalanceTargets } from './balance.ts';
import { endOrphanedCalls } from './orphaned-calls.ts';

export interface ClusterNodeOptions {
  runtime: Runtime;
  leases: PostgresLeases;
  /** Every workspace in the log (a notice without heads: anything may have moved). */
  workspaceIds: () => Promise<string[]>;
  leaseMs: number;
  renewMs: number;
  logger?: Logger;
}

export const newNodeId = () => `node_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

/**
 * One node among several on one PostgreSQL (P2, P3). It holds the leases of the workspaces
 * it owns and renews them every `renewMs` (a lease lasts `leaseMs` by the database's clock);
 * a lease found gone or re-epoched means another node took the workspace: it is dropped at
 * once. Each round it also takes over workspaces whose lease expired or whose owner died (its
 * liveness lock is gone), up to its fair share of the live nodes (the least loaded take the
 * most), adopting each one: snapshot, tail, due timers, and the dead node's calls ended. Its
 * epochs are the fence every commit checks. A node above its share hands quiet workspaces
 * (no live call) to less loaded ones, and a node shutting down hands over all it holds
 * (issue 18): it stops taking their commands, commits what it decided, then moves the lease
 * to the receiver with a new epoch and rings it to adopt the workspace at once.
 */
export class ClusterNode implements Fence {
  private readonly held = new Map<string, number>();
  private owners = new Map<string, Owner>();
  private address: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  /** performance.now() past which this node cannot know its leases are still its own. */
  private validUntil = 0;
  private stopped = false;
  private draining = false;
  /** Another round is wanted as soon as the current one ends (a workspace was handed here). */
  private again = false;
  /** Being handed to another node: its commands are refused (retry) until the owner changes. */
  private readonly leaving = new Set<string>();
  private readonly takeoverListeners: Array<(workspaceId: string) => Promise<void>> = [];
  private readonly releaseListeners: Array<(workspaceId: string, to?: string) => void> = [];
  private readonly phoneListeners: Array<(change: unknown) => void> = [];

  constructor(private readonly options: ClusterNodeOptions) {}

  get nodeId(): string {
    return this.options.leases.nodeId;
  }

  epochOf(workspaceId: string): number | undefined {
    return this.held.get(workspaceId);
  }

  ownedCount(): number {
    return this.held.size;
  }

  /** The workspace is being handed to another node right now: a command must wait and retry. */
  handingOff(workspaceId: string): boolean {
    return this.leaving.has(workspaceId);
  }

  /**
   * The owner of a workspace this node does not own: as of the last round, or read now when
   * that knew of no live owner (the workspace is newer, or has just changed hands).
   */
  async ownerOf(workspaceId: string): Promise<Owner | undefined> {
    const known = this.owners.get(workspaceId);
    if (known?.live && known.address) return known;
    const owner = await this.options.leases.ownerOf(workspaceId);
    if (owner) this.owners.set(workspaceId, owner);
    return owner;
  }

  /** Told of each workspace this node has just adopted from another (or from nobody). */
  onTakeover(listener: (workspaceId: string) => Promise<void>): void {
    this.takeoverListeners.push(listener);
  }

  /** Told of each workspace this node lets go, with the node it was handed to (if it was). */
  onRelease(listener: (workspaceId: string, to?: string) => void): void {
    this.releaseListeners.push(listener);
  }

  /** Told of each phone change another node relayed here: for a workspace it owns, or handed to it. */
  onPhones(listener: (change: unknown) => void): void {
    this.phoneListeners.push(listener);
  }

  advertise(address: string): void {
    this.address = address;
    void this.options.leases.heartbeat(address).catch(() => {});
  }

  /** A workspace being created here: its first lease (false: another node has it). */
  readonly claim = async (workspaceId: string): Promise<boolean> => {
    const epoch = await this.options.leases.claim(workspaceId);
    if (epoch === undefined) return false;
    this.held.set(workspaceId, epoch);
    return true;
  };

  async start(): Promise<void> {
    await this.options.leases.heartbeat(this.address);
    await this.runRound();
    // Whatever other nodes committed while this one loaded its replicas.
    this.onNotice({});
    this.timer = setInterval(() => void this.runRound(), this.options.renewMs);
    this.timer.unref();
  }

  /**
   * Stops renewing, and hands the leases back so that others take over at once. Called once
   * the runtime has stopped and committed what it had decided.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.round;
    this.held.clear();
    await this.options.leases.releaseAll().catch((error) => {
      this.options.logger?.warn({ err: error }, 'could not hand the leases back; they expire instead');
    });
    await this.options.leases.close();
  }

  /**
   * Before a clean shutdown, while still serving: hands every workspace this node holds to
   * the others (the least loaded first), so they take over at once rather than at their
   * next round. With no other node alive it keeps them; stop() then lets them go.
   */
  async drain(): Promise<void> {
    this.draining = true;
    try {
      await this.options.leases.markDraining();
      await this.round;
      const view = await this.options.leases.view();
      const targets = drainTargets(view, this.nodeId, this.held.size);
      const ids = [...this.held.keys()];
      await Promise.all(targets.map((to, index) => this.handOff(ids[index]!, to, view)));
    } catch (error) {
      this.options.logger?.warn(
        { err: error },
        'could not hand the workspaces over; they are released instead',
      );
    }
  }

  /** Another node committed: bring the replicas it wrote to up to date (P4). */
  onNotice(notice: CommitNotice): void {
    if (notice.handedTo === this.nodeId) void this.runRound(true);
    if (notice.nodeId === this.nodeId) return;
    const { runtime } = this.options;
    if (notice.phones !== undefined) {
      const workspaceId = (notice.phones as { workspaceId?: unknown } | null)?.workspaceId;
      const mine =
        notice.to === undefined
          ? typeof workspaceId === 'string' && runtime.owns(workspaceId)
          : notice.to === this.nodeId;
      if (mine) for (const listener of this.phoneListeners) listener(notice.phones);
      return;
    }
    if (notice.heads) {
      for (const [workspaceId, seq] of Object.entries(notice.heads))
        if (!runtime.owns(workspaceId) && (runtime.state(workspaceId)?.version ?? 0) < seq)
          void runtime.catchUp(workspaceId);
      return;
    }
    void this.options
      .workspaceIds()
      .then((ids) => {
        for (const workspaceId of ids) if (!runtime.owns(workspaceId)) void runtime.catchUp(workspaceId);
      })
      .catch((error) => this.options.logger?.warn({ err: error }, 'catch-up failed'));
  }

  private runRound(urgent = false): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.round && urgent) this.again = true;
    if (!this.round)
      this.round = this.renewAndTake()
        .catch((error) => {
          this.options.logger?.warn({ err: error }, 'lease round failed');
          if (performance.now() > this.validUntil) this.dropAll('leases could not be renewed in time');
        })
        .finally(() => {
          this.round = undefined;
          if (!this.again) return;
          this.again = false;
          void this.runRound();
        });
    return this.round;
  }

  private async renewAndTake(): Promise<void> {
    const { leases, leaseMs } = this.options;
    const started = performance.now();
    await leases.heartbeat(this.address);
    const before = new Map(this.held);
    const renewed = new Map((await leases.renew()).map((lease) => [lease.workspaceId, lease.epoch]));
    // Counted from before the renewal was sent: a lease is surely ours until then.
    this.validUntil = started + leaseMs;
    for (const [workspaceId, epoch] of before)
      if (renewed.get(workspaceId) !== epoch && this.held.get(workspaceId) === epoch)
        this.drop(workspaceId, 'its lease was taken by another node');
    // Handed here by another node (epoch 1 is a creation this node claimed, still in flight).
    const handed = [...renewed]
      .filter(([workspaceId, epoch]) => !this.held.has(workspaceId) && epoch > 1)
      .map(([workspaceId, epoch]) => ({ workspaceId, epoch }));
    if (this.draining) return this.handOn(handed);
    for (const lease of handed) await this.adoptLease(lease, 'handed over');
    const view = await leases.view();
    this.owners = view.owners;
    const fairShare = Math.ceil(view.workspaces / view.liveNodes);
    for (const lease of await leases.takeExpired(fairShare - this.held.size))
      await this.adoptLease(lease, 'took the workspace over');
    await this.rebalance(view);
  }

  /**
   * Workspaces handed here as this node began to drain: passed on at once, unadopted, to the
   * least loaded others (rather than left until a later round or the release at stop). With
   * nobody else alive this node adopts them, and keeps them until it stops.
   */
  private async handOn(handed: TakenLease[]): Promise<void> {
    if (handed.length === 0) return;
    const { leases, logger } = this.options;
    const targets = drainTargets(await leases.view(), this.nodeId, handed.length);
    await Promise.all(
      handed.map(async (lease, index) => {
        const to = targets[index];
        if (to === undefined)
          return this.adoptLease(lease, 'handed over while draining, with nobody to pass it to');
        if ((await leases.handOver(lease.workspaceId, lease.epoch, to)) !== undefined)
          logger?.info(
            { workspaceId: lease.workspaceId, to },
            'passed on a workspace handed here while draining',
          );
      }),
    );
  }

  private async adoptLease(lease: TakenLease, how: string): Promise<void> {
    const { runtime, logger } = this.options;
    this.held.set(lease.workspaceId, lease.epoch);
    this.owners.set(lease.workspaceId, { nodeId: this.nodeId, address: this.address, live: true });
    logger?.info(
      { workspaceId: lease.workspaceId, epoch: lease.epoch, previousOwner: lease.previousOwner },
      how,
    );
    await runtime.adopt(lease.workspaceId);
    if (lease.previousOwner !== this.nodeId)
      await endOrphanedCalls(runtime, lease.workspaceId, lease.previousOwner);
    for (const listener of this.takeoverListeners)
      await listener(lease.workspaceId).catch((error: unknown) =>
        logger?.warn({ err: error, workspaceId: lease.workspaceId }, 'takeover step failed'),
      );
  }

  /** Above its share while another node is below: hands over quiet workspaces (no live call). */
  private async rebalance(view: LeaseView): Promise<void> {
    const targets = rebalanceTargets(view, this.nodeId, this.held.size);
    if (targets.length === 0) return;
    const quiet = [...this.held.keys()].filter((workspaceId) => this.quiet(workspaceId));
    for (const [index, to] of targets.entries()) {
      const workspaceId = quiet[index];
      if (workspaceId === undefined) return;
      await this.handOff(workspaceId, to, view, true);
    }
  }

  private quiet(workspaceId: string): boolean {
    const { runtime } = this.options;
    return runtime.owns(workspaceId) && (runtime.state(workspaceId)?.calls.size ?? 0) === 0;
  }

  /**
   * Stops taking the workspace's commands, commits what was decided, then moves the lease.
   * A command decided meanwhile (a timer, telephony) commits under the old epoch and is
   * refused, never acknowledged; the receiver fires the timer again from the log.
   */
  private async handOff(workspaceId: string, to: string, view: LeaseView, onlyQuiet = false): Promise<void> {
    const epoch = this.held.get(workspaceId);
    if (epoch === undefined || this.leaving.has(workspaceId)) return;
    this.leaving.add(workspaceId);
    try {
      await this.options.runtime.flush();
      // A call began while the commits went out: its media is here, so the workspace stays.
      if (onlyQuiet && !this.quiet(workspaceId)) return;
      // Not moved: the receiver began to drain (this node keeps the workspace), or the lease
      // was lost meanwhile (the next renewal finds it gone and drops it; the epoch fences it).
      if ((await this.options.leases.handOver(workspaceId, epoch, to)) === undefined) return;
      if (this.held.get(workspaceId) === epoch) this.drop(workspaceId, 'handed to another node', 'info', to);
      const address = view.nodes.find((node) => node.nodeId === to)?.address;
      this.owners.set(workspaceId, { nodeId: to, ...(address ? { address } : {}), live: true });
    } catch (error) {
      this.options.logger?.warn({ err: error, workspaceId, to }, 'could not hand the workspace over');
    } finally {
      this.leaving.delete(workspaceId);
    }
  }

  private drop(workspaceId: string, reason: string, level: 'info' | 'warn' = 'warn', to?: string): void {
    this.held.delete(workspaceId);
    this.options.runtime.release(workspaceId);
    for (const listener of this.releaseListeners) listener(workspaceId, to);
    this.options.logger?.[level]({ workspaceId, reason }, 'dropped the workspace');
  }

  private dropAll(reason: string): void {
    for (const workspaceId of [...this.held.keys()]) this.drop(workspaceId, reason);
  }
}
