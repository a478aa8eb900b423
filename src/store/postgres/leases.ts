import { randomInt } from 'node:crypto';
import pg from 'pg';
import { commitChannel } from './notifications.ts';
import { all, one, run } from './sql.ts';

/** How long after a lost or refused liveness connection the lock is asked for again. */
const livenessRetryMs = 500;

/** The advisory lock namespace of node liveness: (lockSpace, a node's lock_key). */
const lockSpace = 7341;

/** The node holds its liveness lock: its process is alive and connected (a frozen one too). */
const alive = (node: string) => `EXISTS (SELECT 1 FROM pg_locks k WHERE k.locktype = 'advisory'
  AND k.granted AND k.classid = ${lockSpace} AND k.objid = ${node}.lock_key::oid AND k.objsubid = 2)`;

export interface Lease {
  workspaceId: string;
  epoch: number;
}

export interface TakenLease extends Lease {
  /** Who held it before (undefined: nobody). */
  previousOwner?: string;
}

export interface Owner {
  nodeId: string;
  /** The owner's advertised HTTP address, for forwarding commands. */
  address?: string;
  /** Its lease has not expired by the database's clock. */
  live: boolean;
}

export interface LiveNode {
  nodeId: string;
  address?: string;
}

export interface LeaseView {
  /** How many nodes share the workspaces now (at least 1); a draining node is not one. */
  liveNodes: number;
  /** Those nodes, each with where it is reached. */
  nodes: LiveNode[];
  /** Workspaces with a lease row, owned or not. */
  workspaces: number;
  owners: Map<string, Owner>;
}

/**
 * The workspace_leases and nodes tables (P2). Every time is the database's clock (now()),
 * so nodes' clocks may disagree without harm. The epoch is the fencing token: it grows by
 * one each time a workspace changes hands, and the store's commits check it.
 */
export class PostgresLeases {
  private readonly interval: string;
  private readonly lockKey = randomInt(1, 2 ** 31 - 1);
  private liveness: pg.Client | undefined;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    readonly nodeId: string,
    leaseMs: number,
  ) {
    this.interval = `${leaseMs} milliseconds`;
  }

  /**
   * Takes this node's liveness lock on a connection of its own, held until the process dies
   * (the server then ends the session and frees the lock at once) or `close`. Other nodes
   * take a dead node's workspaces without waiting for its leases to expire; a frozen node
   * keeps its lock, so its leases must expire first. Safety never rests on it: the epoch
   * fences a node that is wrongly thought dead.
   */
  async holdLiveness(url: string): Promise<void> {
    const client = new pg.Client({ connectionString: url, application_name: 'switchboard-liveness' });
    // A dropped connection frees the lock: others may take over (the epoch fences this node
    // meanwhile), and the lock is taken again on a new connection. One attempt schedules one
    // retry, however many ways it fails (an error event, the end event, the rejected connect):
    // each of them scheduling its own doubled the attempts every round, and a node whose
    // database had gone opened 20,000 sockets in 15 s.
    let failed = false;
    const retryOnce = (): void => {
      if (failed) return;
      failed = true;
      if (this.liveness === client) this.liveness = undefined;
      client.end().catch(() => {});
      setTimeout(() => {
        if (!this.closed) this.holdLiveness(url).catch(() => {});
      }, livenessRetryMs).unref();
    };
    client.on('error', retryOnce);
    client.on('end', retryOnce);
    try {
      await client.connect();
      await client.query('SELECT pg_advisory_lock($1, $2)', [lockSpace, this.lockKey]);
    } catch (error) {
      retryOnce();
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.liveness = client;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.liveness?.end().catch(() => {});
    this.liveness = undefined;
  }

  /** The node is alive, and this is where to forward its workspaces' commands. */
  async heartbeat(address: string | undefined): Promise<void> {
    await run(
      this.pool,
      `INSERT INTO nodes (id, address, lock_key, seen_at) VALUES (?, ?, ?, now())
         ON CONFLICT (id) DO UPDATE SET address = EXCLUDED.address, seen_at = now()`,
      [this.nodeId, address ?? null, this.lockKey],
    );
  }

  /** Extends every lease this node holds; what is missing (or has a new epoch) was taken. */
  async renew(): Promise<Lease[]> {
    const rows = await all(
      this.pool,
      `UPDATE workspace_leases SET expires_at = now() + ?::interval WHERE owner = ?
         RETURNING workspace_id, epoch`,
      [this.interval, this.nodeId],
    );
    return rows.map((row) => ({ workspaceId: row.workspace_id as string, epoch: row.epoch as number }));
  }

  /**
   * A new workspace's first lease, epoch 1; undefined if another node has it. Claiming again
   * what this node already holds (a creation that was refused, then retried) keeps its epoch.
   */
  async claim(workspaceId: string): Promise<number | undefined> {
    const row = await one(
      this.pool,
      `INSERT INTO workspace_leases (workspace_id, owner, epoch, expires_at) VALUES (?, ?, 1, now() + ?::interval)
         ON CONFLICT (workspace_id) DO UPDATE SET expires_at = EXCLUDED.expires_at
           WHERE workspace_leases.owner = EXCLUDED.owner
         RETURNING epoch`,
      [workspaceId, this.nodeId, this.interval],
    );
    return row?.epoch as number | undefined;
  }

  /**
   * Takes up to `limit` workspaces whose lease expired (their owner froze or left) or whose
   * owner no longer holds its liveness lock (it died), bumping each epoch. The update waits for no one: rows locked by a commit in flight are
   * skipped this round (the commit ends, or the server ends its session, and the next round
   * takes them); a commit that starts afterwards sees the new epoch and is refused.
   */
  async takeExpired(limit: number): Promise<TakenLease[]> {
    if (limit <= 0) return [];
    const rows = await all(
      this.pool,
      `WITH expired AS (
         SELECT l.workspace_id, l.owner FROM workspace_leases l
           WHERE l.expires_at < now() OR (l.owner IS DISTINCT FROM ?
             AND NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = l.owner AND ${alive('n')}))
           ORDER BY l.expires_at LIMIT ? FOR UPDATE OF l SKIP LOCKED)
       UPDATE workspace_leases l SET owner = ?, epoch = l.epoch + 1, expires_at = now() + ?::interval
         FROM expired WHERE l.workspace_id = expired.workspace_id
         RETURNING l.workspace_id, l.epoch, expired.owner AS previous_owner`,
      [this.nodeId, limit, this.nodeId, this.interval],
    );
    return rows.map((row) => ({
      workspaceId: row.workspace_id as string,
      epoch: row.epoch as number,
      ...(row.previous_owner === null ? {} : { previousOwner: row.previous_owner as string }),
    }));
  }

  /** Who owns what, and how many nodes are alive (seen within one lease, holding their lock). */
  async view(): Promise<LeaseView> {
    const [nodes, leases] = await Promise.all([
      all(
        this.pool,
        `SELECT n.id, n.address FROM nodes n
           WHERE n.seen_at > now() - ?::interval AND NOT n.draining AND ${alive('n')} ORDER BY n.id`,
        [this.interval],
      ),
      all(
        this.pool,
        `SELECT l.workspace_id, l.owner, n.address, l.expires_at > now() AND ${alive('n')} AS live
           FROM workspace_leases l LEFT JOIN nodes n ON n.id = l.owner`,
      ),
    ]);
    const owners = new Map<string, Owner>();
    for (const row of leases)
      if (row.owner !== null)
        owners.set(row.workspace_id as string, {
          nodeId: row.owner as string,
          ...(row.address === null ? {} : { address: row.address as string }),
          live: row.live as boolean,
        });
    return {
      liveNodes: Math.max(1, nodes.length),
      nodes: nodes.map((row) => ({
        nodeId: row.id as string,
        ...(row.address === null ? {} : { address: row.address as string }),
      })),
      workspaces: leases.length,
      owners,
    };
  }

  /** The owner of one workspace now (the view of the last round may be older than the workspace). */
  async ownerOf(workspaceId: string): Promise<Owner | undefined> {
    const row = await one(
      this.pool,
      `SELECT l.owner, n.address, l.expires_at > now() AND ${alive('n')} AS live
         FROM workspace_leases l LEFT JOIN nodes n ON n.id = l.owner WHERE l.workspace_id = ?`,
      [workspaceId],
    );
    if (!row || row.owner === null) return undefined;
    return {
      nodeId: row.owner as string,
      ...(row.address === null ? {} : { address: row.address as string }),
      live: row.live as boolean,
    };
  }

  /**
   * Hands a workspace this node holds at `epoch` to another live node: the epoch grows, so a
   * commit of this node still in flight is refused rather than written after the receiver
   * has loaded the log, and the receiver is rung (a NOTIFY naming it) to adopt it at once.
   * The update waits for commits holding the lease row FOR SHARE. Undefined: this node no
   * longer held it at that epoch, or the receiver is draining.
   */
  async handOver(workspaceId: string, epoch: number, to: string): Promise<number | undefined> {
    // Never to a node that has begun to drain (one that began just after passes it on).
    const row = await one(
      this.pool,
      `WITH moved AS (
         UPDATE workspace_leases SET owner = ?, epoch = epoch + 1, expires_at = now() + ?::interval
           WHERE workspace_id = ? AND owner = ? AND epoch = ?
             AND NOT EXISTS (SELECT 1 FROM nodes WHERE id = ? AND draining) RETURNING epoch)
       SELECT epoch, pg_notify(?, ?) FROM moved`,
      [
        to,
        this.interval,
        workspaceId,
        this.nodeId,
        epoch,
        to,
        commitChannel,
        JSON.stringify({ nodeId: this.nodeId, heads: {}, handedTo: to }),
      ],
    );
    return row?.epoch as number | undefined;
  }

  /** This node is leaving: others stop counting it in their shares and never hand it work. */
  async markDraining(): Promise<void> {
    await run(this.pool, 'UPDATE nodes SET draining = true WHERE id = ?', [this.nodeId]);
  }

  /** A clean shutdown hands its workspaces over at once instead of after a lease. */
  async releaseAll(): Promise<void> {
    await run(
      this.pool,
      `UPDATE workspace_leases SET owner = NULL, expires_at = now() - interval '1 millisecond' WHERE owner = ?`,
      [this.nodeId],
    );
    await run(this.pool, 'DELETE FROM nodes WHERE id = ?', [this.nodeId]);
  }
}
