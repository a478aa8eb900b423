import type { ApiKeyRecord, Credentials, SessionRecord, VisitorRecord } from '../port.ts';
import { toApiKey, toSession, toVisitor } from '../rows.ts';
import { all, type Db, one, run } from './sql.ts';

/** Secrets (hashed) in PostgreSQL: API keys, passwords, sessions and web-chat visitors. */
export class PostgresCredentials implements Credentials {
  constructor(private readonly db: Db) {}

  async saveApiKey(key: ApiKeyRecord): Promise<void> {
    await run(
      this.db,
      'INSERT INTO api_keys (id, workspace_id, name, role, hash, prefix, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [
        key.id,
        key.workspaceId ?? null,
        key.name,
        key.role,
        key.hash,
        key.prefix,
        key.createdAt,
        key.revokedAt ?? null,
      ],
    );
  }

  async findApiKey(hash: string): Promise<ApiKeyRecord | undefined> {
    const row = await one(this.db, 'SELECT * FROM api_keys WHERE hash = ?', [hash]);
    return row ? toApiKey(row) : undefined;
  }

  async listApiKeys(workspaceId: string | undefined): Promise<ApiKeyRecord[]> {
    const rows = await all(
      this.db,
      'SELECT * FROM api_keys WHERE workspace_id IS NOT DISTINCT FROM ? ORDER BY created_at, id',
      [workspaceId ?? null],
    );
    return rows.map(toApiKey);
  }

  async revokeApiKey(workspaceId: string | undefined, keyId: string, at: number): Promise<boolean> {
    const changed = await run(
      this.db,
      `UPDATE api_keys SET revoked_at = ?
         WHERE id = ? AND workspace_id IS NOT DISTINCT FROM ? AND revoked_at IS NULL`,
      [at, keyId, workspaceId ?? null],
    );
    return changed > 0;
  }

  async setPassword(workspaceId: string, userId: string, hash: string): Promise<void> {
    await run(
      this.db,
      `INSERT INTO passwords (workspace_id, user_id, hash) VALUES (?, ?, ?)
         ON CONFLICT (workspace_id, user_id) DO UPDATE SET hash = EXCLUDED.hash`,
      [workspaceId, userId, hash],
    );
  }

  async getPassword(workspaceId: string, userId: string): Promise<string | undefined> {
    const row = await one(this.db, 'SELECT hash FROM passwords WHERE workspace_id = ? AND user_id = ?', [
      workspaceId,
      userId,
    ]);
    return row?.hash as string | undefined;
  }

  async saveSession(session: SessionRecord): Promise<void> {
    await run(
      this.db,
      'INSERT INTO sessions (token_hash, workspace_id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      [session.tokenHash, session.workspaceId, session.userId, session.createdAt, session.expiresAt],
    );
  }

  async findSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const row = await one(this.db, 'SELECT * FROM sessions WHERE token_hash = ?', [tokenHash]);
    return row ? toSession(row) : undefined;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await run(this.db, 'DELETE FROM sessions WHERE token_hash = ?', [tokenHash]);
  }

  async saveVisitor(visitor: VisitorRecord): Promise<void> {
    await run(
      this.db,
      `INSERT INTO webchat_visitors (token_hash, workspace_id, address, name, email, department_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        visitor.tokenHash,
        visitor.workspaceId,
        visitor.address,
        visitor.name ?? null,
        visitor.email ?? null,
        visitor.departmentId ?? null,
        visitor.createdAt,
      ],
    );
  }

  async findVisitor(tokenHash: string): Promise<VisitorRecord | undefined> {
    const row = await one(this.db, 'SELECT * FROM webchat_visitors WHERE token_hash = ?', [tokenHash]);
    return row ? toVisitor(row) : undefined;
  }
}
