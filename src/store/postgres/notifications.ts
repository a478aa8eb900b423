import pg from 'pg';
import type { StoredEvent } from '../../engine/events.ts';
import { type Db, run } from './sql.ts';

export const commitChannel = 'switchboard_commits';

/** What a commit's NOTIFY says: who committed, and the last sequence of each workspace in it. */
export interface CommitNotice {
  nodeId?: string;
  /** Absent when the batch named too many workspaces to fit: then every workspace may have moved. */
  heads?: Record<string, number>;
  /** Not a commit: a workspace was handed to this node, which adopts it now (leases.ts, handOver). */
  handedTo?: string;
  /**
   * Not a commit: a change to a workspace's registered phones made at another node, for the
   * workspace's owner, or for `to` when named (issue 18). Validated by the registrar.
   */
  phones?: unknown;
  to?: string;
}

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const maxPayload = 7900;

export function commitPayload(nodeId: string | undefined, events: StoredEvent[]): string {
  const heads: Record<string, number> = Object.create(null);
  for (const stored of events) heads[stored.workspaceId] = stored.seq;
  const full = JSON.stringify({ nodeId, heads });
  return full.length < maxPayload ? full : JSON.stringify({ nodeId });
}

/** A phone change for another node, split per phone when the whole would not fit a NOTIFY. */
export async function notifyPhones(
  db: Db,
  nodeId: string,
  change: { bindings: unknown[]; removed: unknown[] },
  to?: string,
): Promise<void> {
  const payload = (phones: unknown) => JSON.stringify({ nodeId, phones, ...(to ? { to } : {}) });
  const whole = payload(change);
  const parts =
    whole.length < maxPayload || change.bindings.length <= 1
      ? [whole]
      : change.bindings.map((binding, index) =>
          payload({ ...change, bindings: [binding], removed: index === 0 ? change.removed : [] }),
        );
  for (const part of parts)
    if (part.length < maxPayload) await run(db, 'SELECT pg_notify(?, ?)', [commitChannel, part]);
}

function parseNotice(payload: string | undefined): CommitNotice {
  try {
    const notice = JSON.parse(payload ?? '{}') as CommitNotice;
    return typeof notice === 'object' && notice !== null ? notice : {};
  } catch {
    return {};
  }
}

/**
 * LISTENs for commit notifications on a connection of its own (a pooled one would lose the
 * LISTEN). A notification is only a doorbell: the listener catches up by sequence from the
 * log. After the connection drops it reconnects, and reports `{}` (anything may have
 * moved) so that what was committed meanwhile is caught up too.
 */
export class CommitListener {
  private client: pg.Client | undefined;
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly onNotice: (notice: CommitNotice) => void,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'switchboard-listen' });
    // One attempt is lost once, however it fails (an error event, the end event, the rejected
    // connect), and then ended, so that no failed connection keeps its socket, and a late
    // event of an old connection never drops the one that replaced it.
    let lost = false;
    const lose = (error: unknown): void => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => {});
      this.reconnect(error);
    };
    client.on('notification', (message) => {
      if (message.channel === commitChannel) this.onNotice(parseNotice(message.payload));
    });
    client.on('error', lose);
    client.on('end', () => lose(new Error('notification connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${commitChannel}`);
    } catch (error) {
      lose(error);
      throw error;
    }
    // Closed while connecting: this connection would keep the process alive, listening.
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
  }

  private reconnect(error: unknown): void {
    if (this.closed || this.retry) return;
    this.onError(error);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      // A failed attempt has scheduled the next one itself (lose, above).
      this.start()
        .then(() => this.onNotice({}))
        .catch(() => {});
    }, 500);
    this.retry.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
  }
}
