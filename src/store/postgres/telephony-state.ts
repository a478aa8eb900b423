import type pg from 'pg';
import type { AudioStore, SharedTelephonyState, TrunkSecretRecord, TrunkSecretStore } from '../port.ts';
import { PostgresRegistrations } from './registrations.ts';
import { SecretBox } from './secret-box.ts';
import { type Db, one, run } from './sql.ts';

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

/** What the nodes share in the database beside the log (issue 18). */
export function sharedTelephony(pool: pg.Pool, nodeId: string, passphrase?: string): SharedTelephonyState {
  return {
    audio: new PostgresAudio(pool),
    trunkSecrets: new PostgresTrunkSecrets(pool, new SecretBox(passphrase)),
    registrations: new PostgresRegistrations(pool, nodeId),
  };
}
