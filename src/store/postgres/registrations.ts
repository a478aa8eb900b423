import type pg from 'pg';
import type {
  RegistrationChange,
  RegistrationRecord,
  RegistrationRecords,
  RegistrationVerdict,
  RegistrationVersion,
} from '../port.ts';
import { optional, type Row } from '../rows.ts';
import { all, type Db, run, transaction } from './sql.ts';

/** How long an un-registered phone's mark is kept (the registrar's longest registration). */
const removalMarkMs = 3_600_000;

/**
 * RFC 3261 §10.3 step 7 in SQL, for ON CONFLICT … DO UPDATE … WHERE: the saved row is changed
 * by a REGISTER of another Call-ID, or of the same one with a lower or equal CSeq, or once it
 * has expired; an earlier REGISTER of the phone arriving late changes nothing. A row without a
 * Call-ID (the empty one: relayed by a node on older code, rolling upgrade) is changed by any
 * REGISTER, and changes a row with one only if it outlasts it. The same rule as
 * src/telephony/sip/registration-version.ts, decided here by the database for every node.
 */
const laterOrSame = `sip_registrations.expires_at <= ? OR sip_registrations.call_id = ''
  OR (EXCLUDED.call_id = '' AND EXCLUDED.expires_at > sip_registrations.expires_at)
  OR (EXCLUDED.call_id <> '' AND (sip_registrations.call_id <> EXCLUDED.call_id
    OR sip_registrations.cseq <= EXCLUDED.cseq))`;

/** Stale: one REGISTER's change undone whole (RFC 3261 §10.3 step 7). */
class Stale extends Error {
  constructor(readonly contacts: string[]) {
    super('stale REGISTER');
  }
}

/**
 * Registered phones, one row per phone (workspace, user, contact) whichever node saved it last,
 * with the Call-ID and CSeq of the REGISTER that did: two REGISTERs of one phone racing through
 * two nodes are ordered by the database, row by row. An un-registered phone leaves a mark
 * (`removed`) for as long as its registration could have lasted, so that an earlier REGISTER
 * arriving after it does not bring it back. Every node reads every row, so one that takes a
 * workspace over rings the phones registered through another.
 */
export class PostgresRegistrations implements RegistrationRecords {
  constructor(
    private readonly db: pg.Pool,
    private readonly nodeId: string,
    private readonly now: () => number = Date.now,
  ) {}

  async load(): Promise<RegistrationRecord[]> {
    const rows = await all(
      this.db,
      `SELECT * FROM sip_registrations WHERE expires_at > ? AND NOT removed
         ORDER BY workspace_id, user_id, contact`,
      [this.now()],
    );
    return rows.map(recordOf);
  }

  /** One user's phones, whichever node saved them. */
  async loadUser(workspaceId: string, userId: string): Promise<RegistrationRecord[]> {
    const rows = await all(
      this.db,
      `SELECT * FROM sip_registrations
         WHERE workspace_id = ? AND user_id = ? AND expires_at > ? AND NOT removed ORDER BY contact`,
      [workspaceId, userId, this.now()],
    );
    return rows.map(recordOf);
  }

  async change(change: RegistrationChange): Promise<RegistrationVerdict> {
    try {
      return await transaction(this.db, async (client) => {
        const now = this.now();
        await run(client, 'DELETE FROM sip_registrations WHERE expires_at <= ?', [now]);
        const stale = [
          ...(await this.remove(client, change, now)),
          ...(await this.save(client, change, now)),
        ];
        if (change.whole && stale.length > 0) throw new Stale(stale);
        return { stale };
      });
    } catch (error) {
      if (error instanceof Stale) return { stale: error.contacts };
      throw error;
    }
  }

  /** Un-registrations (and a node's release); the contacts a later REGISTER had changed. */
  private async remove(client: Db, change: RegistrationChange, now: number): Promise<string[]> {
    const { workspaceId, userId, removed, removedBy, releasedHere } = change;
    const user = [workspaceId, userId];
    if (releasedHere)
      await run(
        client,
        'DELETE FROM sip_registrations WHERE node_id = ? AND workspace_id = ? AND user_id = ? AND NOT removed',
        [this.nodeId, ...user],
      );
    if (removed.length === 0) return [];
    if (!removedBy) {
      if (removed.includes('*'))
        await run(client, 'DELETE FROM sip_registrations WHERE workspace_id = ? AND user_id = ?', user);
      else
        await run(
          client,
          'DELETE FROM sip_registrations WHERE workspace_id = ? AND user_id = ? AND contact = ANY(?::text[])',
          [...user, removed],
        );
      return [];
    }
    if (removed.includes('*')) return this.removeAll(client, change, removedBy, now);
    const stale: string[] = [];
    for (const contact of removed) {
      const marked = await run(
        client,
        `INSERT INTO sip_registrations
           (node_id, workspace_id, user_id, contact, peer, expires_at, call_id, cseq, removed)
           VALUES (?, ?, ?, ?, '', ?, ?, ?, true)
           ON CONFLICT (workspace_id, user_id, contact) DO UPDATE SET node_id = EXCLUDED.node_id,
             peer = '', expires_at = EXCLUDED.expires_at, user_agent = NULL, call_id = EXCLUDED.call_id,
             cseq = EXCLUDED.cseq, removed = true
           WHERE ${laterOrSame}`,
        [this.nodeId, ...user, contact, now + removalMarkMs, removedBy.callId, removedBy.cseq, now],
      );
      if (marked === 0) stale.push(contact);
    }
    return stale;
  }

  /** `Contact: *`: every phone of the user marked removed, but those a later REGISTER saved. */
  private async removeAll(
    client: Db,
    { workspaceId, userId }: RegistrationChange,
    by: RegistrationVersion,
    now: number,
  ): Promise<string[]> {
    const user = [workspaceId, userId];
    const stale = await all(
      client,
      `SELECT contact FROM sip_registrations WHERE workspace_id = ? AND user_id = ? AND NOT removed
         AND call_id = ? AND cseq > ? AND expires_at > ? ORDER BY contact FOR UPDATE`,
      [...user, by.callId, by.cseq, now],
    );
    await run(
      client,
      `UPDATE sip_registrations SET node_id = ?, peer = '', expires_at = ?, user_agent = NULL,
         call_id = ?, cseq = ?, removed = true
         WHERE workspace_id = ? AND user_id = ? AND (call_id <> ? OR cseq <= ?)`,
      [this.nodeId, now + removalMarkMs, by.callId, by.cseq, ...user, by.callId, by.cseq],
    );
    return stale.map((row) => row.contact as string);
  }

  /** Registered or refreshed phones; the contacts a later REGISTER had changed. */
  private async save(client: Db, change: RegistrationChange, now: number): Promise<string[]> {
    const stale: string[] = [];
    for (const b of change.saved) {
      const saved = await run(
        client,
        `INSERT INTO sip_registrations
           (node_id, workspace_id, user_id, contact, peer, expires_at, user_agent, call_id, cseq, removed)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, false)
           ON CONFLICT (workspace_id, user_id, contact) DO UPDATE SET node_id = EXCLUDED.node_id,
             peer = EXCLUDED.peer, expires_at = EXCLUDED.expires_at, user_agent = EXCLUDED.user_agent,
             call_id = EXCLUDED.call_id, cseq = EXCLUDED.cseq, removed = false
           WHERE ${laterOrSame}`,
        [
          this.nodeId,
          change.workspaceId,
          change.userId,
          b.contact,
          JSON.stringify(b.peer),
          b.expiresAt,
          b.userAgent ?? null,
          b.callId ?? '',
          b.cseq ?? 0,
          now,
        ],
      );
      if (saved === 0) stale.push(b.contact);
    }
    return stale;
  }
}

const recordOf = (row: Row): RegistrationRecord => ({
  workspaceId: row.workspace_id as string,
  userId: row.user_id as string,
  contact: row.contact as string,
  peer: JSON.parse(row.peer as string) as RegistrationRecord['peer'],
  expiresAt: row.expires_at as number,
  ...optional('userAgent', row.user_agent),
  ...(row.call_id ? { callId: row.call_id as string, cseq: row.cseq as number } : {}),
});
