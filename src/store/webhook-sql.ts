/**
 * I1's delivery statements, shared by both adapters: written with `?` placeholders, which
 * SQLite takes as they are and the PostgreSQL adapter numbers ($1, $2, …).
 */
export const webhookSql = {
  saveSecret: `INSERT INTO webhook_subscriptions (workspace_id, webhook_id, secret) VALUES (?, ?, ?)
    ON CONFLICT (workspace_id, webhook_id) DO UPDATE SET secret = excluded.secret`,
  secret: 'SELECT secret FROM webhook_subscriptions WHERE workspace_id = ? AND webhook_id = ?',
  cursor: 'SELECT cursor FROM webhook_subscriptions WHERE workspace_id = ? AND webhook_id = ?',
  insertDelivery: `INSERT INTO webhook_deliveries (workspace_id, id, webhook_id, seq, idx, type, ordering_key, body,
      status, attempts, created_at, next_attempt_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  setCursor: `INSERT INTO webhook_subscriptions (workspace_id, webhook_id, cursor) VALUES (?, ?, ?)
    ON CONFLICT (workspace_id, webhook_id) DO UPDATE SET cursor = excluded.cursor`,
  due: `SELECT d.* FROM webhook_deliveries d
    WHERE d.workspace_id = ? AND d.status = 'pending' AND d.next_attempt_at <= ?
      AND NOT EXISTS (
        SELECT 1 FROM webhook_deliveries e
        WHERE e.workspace_id = d.workspace_id AND e.webhook_id = d.webhook_id
          AND e.ordering_key = d.ordering_key AND e.status = 'pending'
          AND (e.seq < d.seq OR (e.seq = d.seq AND e.idx < d.idx)))
    ORDER BY d.next_attempt_at, d.seq, d.idx LIMIT ?`,
  recordAttempt: `UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, last_attempt_at = ?,
      next_attempt_at = ?, response_status = ?, response_ms = ?, error = ?
    WHERE workspace_id = ? AND id = ?`,
  delivery: 'SELECT * FROM webhook_deliveries WHERE workspace_id = ? AND id = ?',
  /** Newest first from a (seq, idx) cursor; `status` adds the status filter. */
  list: (status: boolean) => `SELECT * FROM webhook_deliveries
    WHERE workspace_id = ? AND webhook_id = ? AND (seq < ? OR (seq = ? AND idx < ?))${status ? ' AND status = ?' : ''}
    ORDER BY seq DESC, idx DESC LIMIT ?`,
  replay: `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ? WHERE workspace_id = ? AND id = ?`,
  forgetDeliveries: 'DELETE FROM webhook_deliveries WHERE workspace_id = ? AND webhook_id = ?',
  forgetSubscription: 'DELETE FROM webhook_subscriptions WHERE workspace_id = ? AND webhook_id = ?',
} as const;

/** The attempt's outcome as the delivery's status. */
export const statusAfter = (delivered: boolean, nextAttemptAt: number | undefined) =>
  delivered ? 'delivered' : nextAttemptAt === undefined ? 'failed' : 'pending';
