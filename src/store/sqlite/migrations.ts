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
  {
    version: 5,
    name: 'who took part in each call, filled from the calls already in the log',
    sql: `
      CREATE TABLE call_participants (
        workspace_id TEXT NOT NULL,
        call_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        offered_at INTEGER,
        answered_at INTEGER,
        placed_at INTEGER,
        transfer_id TEXT,
        transferred_at INTEGER,
        PRIMARY KEY (workspace_id, call_id, user_id)
      ) WITHOUT ROWID;
      CREATE INDEX call_participants_by_user ON call_participants (workspace_id, user_id, call_id);
      INSERT INTO call_participants (workspace_id, call_id, user_id, offered_at, answered_at, placed_at, transfer_id)
        SELECT workspace_id, call_id, user_id,
          MIN(CASE WHEN type = 'call.leg_ringing' THEN at END),
          MIN(CASE WHEN type = 'call.leg_answered' THEN at END),
          MIN(CASE WHEN type = 'call.placed' THEN at END),
          MAX(CASE WHEN type = 'call.transfer_started' THEN seq_transfer END)
        FROM (
          SELECT workspace_id, at, type,
            json_extract(data, '$.callId') AS call_id,
            COALESCE(json_extract(data, '$.userId'), json_extract(data, '$.initiatorId')) AS user_id,
            -- The latest transfer each agent started: its seq orders it, its id follows.
            CASE WHEN type = 'call.transfer_started'
              THEN printf('%020d', seq) || json_extract(data, '$.transferId') END AS seq_transfer
          FROM events
          WHERE type IN ('call.leg_ringing', 'call.leg_answered', 'call.placed', 'call.transfer_started')
        )
        WHERE user_id IS NOT NULL
        GROUP BY workspace_id, call_id, user_id;
      UPDATE call_participants SET transfer_id = substr(transfer_id, 21) WHERE transfer_id IS NOT NULL;
      UPDATE call_participants SET transferred_at = (
        SELECT MIN(e.at) FROM events e
        WHERE e.workspace_id = call_participants.workspace_id AND e.type = 'call.transfer_completed'
          AND json_extract(e.data, '$.callId') = call_participants.call_id
          AND json_extract(e.data, '$.transferId') IN (
            SELECT json_extract(s.data, '$.transferId') FROM events s
            WHERE s.workspace_id = call_participants.workspace_id AND s.type = 'call.transfer_started'
              AND json_extract(s.data, '$.callId') = call_participants.call_id
              AND json_extract(s.data, '$.initiatorId') = call_participants.user_id
          )
      ) WHERE transfer_id IS NOT NULL;
    `,
  },
  {
    version: 6,
    name: 'webhook secrets, cursors and deliveries (I1)',
    sql: `
      CREATE TABLE webhook_subscriptions (
        workspace_id TEXT NOT NULL,
        webhook_id TEXT NOT NULL,
        secret TEXT,
        cursor INTEGER,
        PRIMARY KEY (workspace_id, webhook_id)
      ) WITHOUT ROWID;
      CREATE TABLE webhook_deliveries (
        workspace_id TEXT NOT NULL,
        id TEXT NOT NULL,
        webhook_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        ordering_key TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        next_attempt_at INTEGER,
        last_attempt_at INTEGER,
        response_status INTEGER,
        response_ms INTEGER,
        error TEXT,
        PRIMARY KEY (workspace_id, id)
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (workspace_id, status, next_attempt_at);
      CREATE INDEX webhook_deliveries_order
        ON webhook_deliveries (workspace_id, webhook_id, ordering_key, status, seq, idx);
      CREATE INDEX webhook_deliveries_log ON webhook_deliveries (workspace_id, webhook_id, seq DESC, idx DESC);
    `,
  },
  {
    version: 7,
    name: 'the email a web-chat visitor may give, kept with them and their conversations',
    sql: `
      ALTER TABLE webchat_visitors ADD COLUMN email TEXT;
      ALTER TABLE conversations ADD COLUMN contact_email TEXT;
    `,
  },
];
