/**
 * The PostgreSQL schema, in versions applied in order (a version never changes once
 * released). Tables and columns are named as in SQLite's, so both read the same rows;
 * times are epoch milliseconds in BIGINT, events' data is JSON text as written.
 */
export const migrations: Array<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'event log, snapshots, read models, credentials',
    sql: `
      CREATE TABLE events (
        workspace_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        at BIGINT NOT NULL,
        type TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (workspace_id, seq)
      );
      CREATE INDEX events_created ON events (workspace_id) WHERE seq = 1;
      CREATE TABLE snapshots (
        workspace_id TEXT PRIMARY KEY,
        seq BIGINT NOT NULL,
        state TEXT NOT NULL
      );
      CREATE TABLE history (
        workspace_id TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        PRIMARY KEY (workspace_id, entity_type, entity_id, seq)
      );
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
        started_at BIGINT NOT NULL,
        answered_at BIGINT,
        ended_at BIGINT,
        PRIMARY KEY (workspace_id, id)
      );
      CREATE INDEX calls_by_time ON calls (workspace_id, started_at DESC, id DESC);
      CREATE TABLE call_participants (
        workspace_id TEXT NOT NULL,
        call_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        offered_at BIGINT,
        answered_at BIGINT,
        placed_at BIGINT,
        transfer_id TEXT,
        transferred_at BIGINT,
        PRIMARY KEY (workspace_id, call_id, user_id)
      );
      CREATE INDEX call_participants_by_user ON call_participants (workspace_id, user_id, call_id);
      CREATE TABLE user_directory (
        workspace_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        email TEXT NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (workspace_id, user_id)
      );
      CREATE INDEX user_directory_by_email ON user_directory (email);
      CREATE TABLE media (
        workspace_id TEXT NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        call_id TEXT NOT NULL,
        number_id TEXT NOT NULL,
        from_number TEXT NOT NULL,
        duration_ms BIGINT NOT NULL,
        created_at BIGINT NOT NULL,
        heard_at BIGINT,
        heard_by TEXT,
        PRIMARY KEY (workspace_id, id)
      );
      CREATE INDEX media_by_time ON media (workspace_id, kind, created_at DESC, id DESC);
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
        opened_at BIGINT NOT NULL,
        opened_seq BIGINT NOT NULL,
        last_incoming_at BIGINT,
        last_outgoing_at BIGINT,
        resolved_at BIGINT,
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
        seq BIGINT NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        visibility TEXT NOT NULL,
        user_id TEXT,
        text TEXT NOT NULL,
        at BIGINT NOT NULL,
        PRIMARY KEY (workspace_id, conversation_id, seq)
      );
      CREATE INDEX messages_by_id ON messages (workspace_id, conversation_id, id);
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        workspace_id TEXT,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        prefix TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        revoked_at BIGINT
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
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL
      );
      CREATE TABLE webchat_visitors (
        token_hash TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL,
        address TEXT NOT NULL,
        name TEXT,
        department_id TEXT,
        created_at BIGINT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'nodes and workspace leases (one owner per workspace, P2)',
    sql: `
      -- Every node says it is alive here, with the address other nodes forward commands to.
      -- While its process lives it holds the session advisory lock (7341, lock_key) on a
      -- connection of its own: a hint that it died, never the fence.
      CREATE TABLE nodes (
        id TEXT PRIMARY KEY,
        address TEXT,
        lock_key INTEGER NOT NULL,
        seen_at TIMESTAMPTZ NOT NULL
      );
      -- The owner of each workspace. epoch is the fencing token: it grows with every change
      -- of owner, and every commit re-reads it FOR SHARE. Times are the database's clock.
      CREATE TABLE workspace_leases (
        workspace_id TEXT PRIMARY KEY,
        owner TEXT,
        epoch BIGINT NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX workspace_leases_by_owner ON workspace_leases (owner);
    `,
  },
  {
    version: 3,
    name: 'webhook secrets, cursors and deliveries (I1)',
    sql: `
      CREATE TABLE webhook_subscriptions (
        workspace_id TEXT NOT NULL,
        webhook_id TEXT NOT NULL,
        secret TEXT,
        cursor BIGINT,
        PRIMARY KEY (workspace_id, webhook_id)
      );
      CREATE TABLE webhook_deliveries (
        workspace_id TEXT NOT NULL,
        id TEXT NOT NULL,
        webhook_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        ordering_key TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        created_at BIGINT NOT NULL,
        next_attempt_at BIGINT,
        last_attempt_at BIGINT,
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
    version: 4,
    name: 'the email a web-chat visitor may give, kept with them and their conversations',
    sql: `
      ALTER TABLE webchat_visitors ADD COLUMN email TEXT;
      ALTER TABLE conversations ADD COLUMN contact_email TEXT;
    `,
  },
  {
    version: 5,
    name: 'audio, trunk credentials and SIP registrations shared by every node; draining nodes (issue 18)',
    sql: `
      CREATE TABLE media_audio (
        workspace_id TEXT NOT NULL,
        id TEXT NOT NULL,
        bytes BYTEA NOT NULL,
        PRIMARY KEY (workspace_id, id)
      );
      -- secret: the password, sealed (aes-256-gcm:…) when the nodes have a secrets passphrase.
      CREATE TABLE sip_trunk_secrets (
        workspace_id TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        secret TEXT NOT NULL
      );
      CREATE TABLE sip_registrations (
        node_id TEXT NOT NULL,
        workspace_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        contact TEXT NOT NULL,
        peer TEXT NOT NULL,
        expires_at BIGINT NOT NULL,
        user_agent TEXT,
        PRIMARY KEY (node_id, workspace_id, user_id, contact)
      );
      -- A node shutting down hands its workspaces over and is given none (issue 18).
      ALTER TABLE nodes ADD COLUMN draining BOOLEAN NOT NULL DEFAULT false;
    `,
  },
  {
    version: 6,
    name: 'one row per registered phone, with the REGISTER that saved it (issue 18 leftovers, RFC 3261 §10.3 step 7)',
    sql: `
      -- Which REGISTER saved the row (Call-ID, CSeq), and marks of phones un-registered.
      ALTER TABLE sip_registrations ADD COLUMN call_id TEXT NOT NULL DEFAULT '';
      ALTER TABLE sip_registrations ADD COLUMN cseq BIGINT NOT NULL DEFAULT 0;
      ALTER TABLE sip_registrations ADD COLUMN removed BOOLEAN NOT NULL DEFAULT false;
      -- A phone saved by several nodes keeps the copy with the latest expiry.
      DELETE FROM sip_registrations r USING sip_registrations other
        WHERE r.workspace_id = other.workspace_id AND r.user_id = other.user_id AND r.contact = other.contact
          AND (r.expires_at, r.node_id) < (other.expires_at, other.node_id);
      ALTER TABLE sip_registrations DROP CONSTRAINT sip_registrations_pkey;
      ALTER TABLE sip_registrations ADD PRIMARY KEY (workspace_id, user_id, contact);
    `,
  },
];
