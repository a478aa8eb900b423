import type { FastifyBaseLogger } from 'fastify';
import type { Logger } from 'pino';
import type { Clock } from '../runtime/clock.ts';
import { Runtime, type RuntimeObserver } from '../runtime/runtime.ts';
import { PostgresLeases } from '../store/postgres/leases.ts';
import { CommitListener, notifyPhones } from '../store/postgres/notifications.ts';
import { PostgresStore } from '../store/postgres/store.ts';
import { ClusterNode, newNodeId } from './node.ts';

export interface ClusterOptions {
  url: string;
  clock: Clock;
  snapshotEvery?: number;
  /** How long a lease lasts without renewal (P2); 6 s by default. */
  leaseMs?: number;
  /** How often leases are renewed; 2 s by default (three tries within a lease). */
  renewMs?: number;
  /** Told of each command decided and each durable commit (I2 metrics). */
  observer?: RuntimeObserver;
  /** Seals trunk passwords in the database (see store/postgres/secret-box.ts). */
  secretsPassphrase?: string;
}

export interface Cluster {
  store: PostgresStore;
  runtime: Runtime;
  node: ClusterNode;
  /**
   * Sends a change to a workspace's phones to its owner (or to `to`) through the database;
   * one lost is made good by the registrations table, which a new owner restores from.
   */
  relayPhones(change: { bindings: unknown[]; removed: unknown[] }, to?: string): void;
  /** Starts listening for other nodes' commits and taking workspaces. */
  start(logger: FastifyBaseLogger): Promise<void>;
  stop(): Promise<void>;
}

/**
 * This process as one node on a shared PostgreSQL: the store fenced by this node's lease
 * epochs, a runtime whose workspaces are replicas until adopted, and the listener that
 * keeps replicas current. Credentials are not cached in memory here: a key revoked or a
 * session ended on one node must stop working on all of them at once.
 */
export async function openCluster(options: ClusterOptions): Promise<Cluster> {
  const nodeId = newNodeId();
  const leaseMs = options.leaseMs ?? 6000;
  const store = new PostgresStore({
    url: options.url,
    nodeId,
    ...(options.secretsPassphrase ? { secretsPassphrase: options.secretsPassphrase } : {}),
  });
  const leases = new PostgresLeases(store.pool, nodeId, leaseMs);
  let node: ClusterNode | undefined;
  const listener = new CommitListener(options.url, (notice) => node?.onNotice(notice));
  const runtime = new Runtime({
    store,
    clock: options.clock,
    snapshotEvery: options.snapshotEvery,
    claim: (workspaceId) => node!.claim(workspaceId),
    ...(options.observer ? { observer: options.observer } : {}),
  });
  try {
    await store.migrate();
    await leases.holdLiveness(options.url);
    // Listening before loading: a commit made while the replicas load is caught up after.
    await listener.start();
    await runtime.start();
  } catch (error) {
    // Nothing left open to keep a process that failed to start alive.
    await listener.close().catch(() => {});
    await leases.close();
    await store.close().catch(() => {});
    throw error;
  }
  let logger: Logger | undefined;
  node = new ClusterNode({
    runtime,
    leases,
    workspaceIds: () => store.workspaceIds(),
    leaseMs,
    renewMs: options.renewMs ?? 2000,
    get logger() {
      return logger;
    },
  });
  store.fenceWith(node);
  const relaying = new Set<Promise<void>>();
  return {
    store,
    runtime,
    node,
    relayPhones(change, to) {
      const sent = notifyPhones(store.pool, nodeId, change, to)
        .catch((error: unknown) => logger?.warn({ err: error }, 'could not pass a phone change to the owner'))
        .finally(() => relaying.delete(sent));
      relaying.add(sent);
    },
    async start(log) {
      logger = log as unknown as Logger;
      await node.start();
    },
    async stop() {
      // The phones of the workspaces just handed over reach their new owners first.
      await Promise.all(relaying);
      await node.stop();
      await listener.close();
    },
  };
}
