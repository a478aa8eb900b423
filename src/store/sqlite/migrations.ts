/** Versioned schema changes, applied in order on start; a version never changes once released. */
export const migrations: Array<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'event log, snapshots, read models, credentials',
    sql: `
      CREATE TABLE events (
        workspace_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at INTEGER NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (workspace_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE snapshots (
        workspace_id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        state TEXT NOT NULL
      );
      CREATE TABLE history (
        workspace_id TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (workspace_id, entity_type, entity_id, seq)
      ) WITHOUT ROWID;
      CREATE TABLE calls (
        workspace_id TEXT NOT NULL,
        id TEXT NOT NULL,
        direction TEXT NOT NULL,
        number_id TEXT NOT NULL,
        from_number TEXT NOT NULL,
        to_number TEXT NOT NULL,
        contact_id TEXT,
        agent_id TEXT,
        status TEXT NOT NULL,
        outcome TEXT,
        started_at INTEGER NOT NULL,
        answered_at INTEGER,
        ended_at INTEGER,
        PRIMARY KEY (workspace_id, id)
      );
      CREATE INDEX calls_by_time ON calls (workspace_id, started_at DESC, id DESC);
      CREATE TABLE user_directory (
        workspace_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (workspace_id, user_id)
      );
      CREATE INDEX user_directory_by_email ON user_directory (email);
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        workspace_id TEXT,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        prefix TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
      );
      CREATE TABLE passwords (
        workspace_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (workspace_id, user_id)
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'voicemails and recordings',
    sql: `
      CREATE TABLE media (
        workspace_id TEXT NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        call_id TEXT NOT NULL,
        number_id TEXT NOT NULL,
        from_number TEXT NOT NULL,
        duration_ms INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        heard_at INTEGER,
        heard_by TEXT,
        PRIMARY KEY (workspace_id, id)
      );
      CREATE INDEX media_by_time ON media (workspace_id, kind, created_at DESC, id DESC);
    `,
  },
  {
    version: 3,
    name: 'conversations and their messages',
    sql: `
      CREATE TABLE conversations (
        workspace_id TEXT NOT NULL,
        id TEXT NOT NULL,
        channel TEXT NOT NULL,
        contact_address TEXT NOT NULL,
        contact_name TEXT,
        contact_id TEXT,
        department_id TEXT,
        assignee_id TEXT,
        status TEXT NOT NULL,
        opened_at INTEGER NOT NULL,
        opened_seq INTEGER NOT NULL,
        last_incoming_at INTEGER,
        last_outgoing_at INTEGER,
        resolved_at INTEGER,
        resolved_by TEXT,
        transfer TEXT,
        PRIMARY KEY (workspace_id, id)
      );
      CREATE INDEX conversations_by_opening ON conversations (workspace_id, opened_seq DESC);
      CREATE INDEX conversations_by_contact ON conversations (workspace_id, channel, contact_address, opened_seq DESC);
      CREATE INDEX conversations_by_assignee ON conversations (workspace_id, assignee_id, status);
      CREATE TABLE messages (
        workspace_id TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        visibility TEXT NOT NULL,
        user_id TEXT,
        text TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (workspace_id, conversation_id, seq)
      );
      CREATE INDEX messages_by_id ON messages (workspace_id, conversation_id, id);
    `,
  },
  {
    version: 4,
    name: 'web-chat visitors',
    sql: `
      CREATE TABLE webchat_visitors (
        token_hash TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL,
        address TEXT NOT NULL,
        name TEXT,
        department_id TEXT,
        created_at INTEGER NOT NULL
      );
    `,
  },
];
