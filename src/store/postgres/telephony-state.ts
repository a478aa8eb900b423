import type pg from 'pg';
import type {
  AudioStore,
  RegistrationChange,
  RegistrationRecord,
  RegistrationRecords,
  SharedTelephonyState,
  TrunkSecretRecord,
  TrunkSecretStore,
} from '../port.ts';
import { optional, type Row } from '../rows.ts';
import { SecretBox } from './secret-box.ts';
import { all, type Db, one, run, transaction } from './sql.ts';

/** Audio in the database, so that every node plays and serves what any node stored. */
export class PostgresAudio implements AudioStore {
  constructor(private readonly db: Db) {}

  async put(workspaceId: string, id: string, bytes: Uint8Array): Promise<void> {
    // One statement: a reader sees the previous audio or the new one, never a part.
    await run(
      this.db,
      `INSERT INTO media_audio (workspace_id, id, bytes) VALUES (?, ?, ?)
         ON CONFLICT (workspace_id, id) DO UPDATE SET bytes = EXCLUDED.bytes`,
      [workspaceId, id, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)],
    );
  }

  async open(workspaceId: string, id: string): Promise<Buffer | undefined> {
    const row = await one(this.db, 'SELECT bytes FROM media_audio WHERE workspace_id = ? AND id = ?', [
      workspaceId,
      id,
    ]);
    return row?.bytes as Buffer | undefined;
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    await run(this.db, 'DELETE FROM media_audio WHERE workspace_id = ? AND id = ?', [workspaceId, id]);
  }
}

/** Trunks' outbound credentials, the password sealed by the secret box (see secret-box.ts). */
export class PostgresTrunkSecrets implements TrunkSecretStore {
  constructor(
    private readonly db: Db,
    private readonly box: SecretBox,
  ) {}

  async get(workspaceId: string): Promise<TrunkSecretRecord | undefined> {
    const row = await one(this.db, 'SELECT username, secret FROM sip_trunk_secrets WHERE workspace_id = ?', [
      workspaceId,
    ]);
    if (!row) return undefined;
    return { username: row.username as string, password: this.box.open(row.secret as string, workspaceId) };
  }

  async set(workspaceId: string, credentials: TrunkSecretRecord): Promise<void> {
    await run(
      this.db,
      `INSERT INTO sip_trunk_secrets (workspace_id, username, secret) VALUES (?, ?, ?)
         ON CONFLICT (workspace_id) DO UPDATE SET username = EXCLUDED.username, secret = EXCLUDED.secret`,
      [workspaceId, credentials.username, this.box.seal(credentials.password, workspaceId)],
    );
  }

  async remove(workspaceId: string): Promise<void> {
    await run(this.db, 'DELETE FROM sip_trunk_secrets WHERE workspace_id = ?', [workspaceId]);
  }
}

/**
 * Registered phones, one row per phone and node that saved it. Each node replaces its own
 * rows; every node reads all of them, so that one which takes a workspace over (or restarts
 * and owns it again) rings the phones registered through another until they expire or
 * register again.
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
      `SELECT DISTINCT ON (workspace_id, user_id, contact) * FROM sip_registrations WHERE expires_at > ?
         ORDER BY workspace_id, user_id, contact, expires_at DESC`,
      [this.now()],
    );
    return rows.map(recordOf);
  }

  /** One user's phones, whichever node saved them, the latest expiry of each. */
  async loadUser(workspaceId: string, userId: string): Promise<RegistrationRecord[]> {
    const rows = await all(
      this.db,
      `SELECT DISTINCT ON (contact) * FROM sip_registrations
         WHERE workspace_id = ? AND user_id = ? AND expires_at > ? ORDER BY contact, expires_at DESC`,
      [workspaceId, userId, this.now()],
    );
    return rows.map(recordOf);
  }

  async save(bindings: RegistrationRecord[]): Promise<void> {
    const columns: unknown[][] = [[], [], [], [], [], []];
    for (const b of bindings)
      for (const [index, value] of [
        b.workspaceId,
        b.userId,
        b.contact,
        JSON.stringify(b.peer),
        b.expiresAt,
        b.userAgent ?? null,
      ].entries())
        columns[index]!.push(value);
    // This node's rows replaced (and anyone's expired ones swept) at once for every reader.
    await transaction(this.db, async (client) => {
      await run(client, 'DELETE FROM sip_registrations WHERE node_id = ? OR expires_at <= ?', [
        this.nodeId,
        this.now(),
      ]);
      await run(
        client,
        `INSERT INTO sip_registrations (node_id, workspace_id, user_id, contact, peer, expires_at, user_agent)
           SELECT ?, * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[])`,
        [this.nodeId, ...columns],
      );
    });
  }

  async change({ workspaceId, userId, saved, removed, releasedHere }: RegistrationChange): Promise<void> {
    const user = [workspaceId, userId];
    await transaction(this.db, async (client) => {
      await run(client, 'DELETE FROM sip_registrations WHERE expires_at <= ?', [this.now()]);
      if (releasedHere)
        await run(
          client,
          'DELETE FROM sip_registrations WHERE node_id = ? AND workspace_id = ? AND user_id = ?',
          [this.nodeId, ...user],
        );
      if (removed.includes('*'))
        await run(client, 'DELETE FROM sip_registrations WHERE workspace_id = ? AND user_id = ?', user);
      else if (removed.length > 0)
        await run(
          client,
          'DELETE FROM sip_registrations WHERE workspace_id = ? AND user_id = ? AND contact = ANY(?::text[])',
          [...user, removed],
        );
      for (const b of saved)
        await run(
          client,
          `INSERT INTO sip_registrations (node_id, workspace_id, user_id, contact, peer, expires_at, user_agent)
             VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (node_id, workspace_id, user_id, contact) DO UPDATE
             SET peer = EXCLUDED.peer, expires_at = EXCLUDED.expires_at, user_agent = EXCLUDED.user_agent`,
          [this.nodeId, ...user, b.contact, JSON.stringify(b.peer), b.expiresAt, b.userAgent ?? null],
        );
    });
  }
}

const recordOf = (row: Row): RegistrationRecord => ({
  workspaceId: row.workspace_id as string,
  userId: row.user_id as string,
  contact: row.contact as string,
  peer: JSON.parse(row.peer as string) as RegistrationRecord['peer'],
  expiresAt: row.expires_at as number,
  ...optional('userAgent', row.user_agent),
});

/** What the nodes share in the database beside the log (issue 18). */
export function sharedTelephony(pool: pg.Pool, nodeId: string, passphrase?: string): SharedTelephonyState {
  return {
    audio: new PostgresAudio(pool),
    trunkSecrets: new PostgresTrunkSecrets(pool, new SecretBox(passphrase)),
    registrations: new PostgresRegistrations(pool, nodeId),
  };
}
