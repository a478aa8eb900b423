import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../port.ts';
import type { WebhookDeliveryRecord } from '../webhook-deliveries.ts';

const delivery = (
  workspaceId: string,
  webhookId: string,
  seq: number,
  orderingKey: string,
  index = 0,
): WebhookDeliveryRecord => ({
  id: `dlv_${webhookId}_${seq}_${index}`,
  workspaceId,
  webhookId,
  seq,
  index,
  type: 'call.offered',
  orderingKey,
  body: JSON.stringify({ seq }),
  status: 'pending',
  attempts: 0,
  createdAt: 1000 + seq,
  nextAttemptAt: 1000 + seq,
});

/** The webhook delivery state every Store adapter must keep (I1). */
export function webhookDeliveriesContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store: webhook deliveries (I1)`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });

    it('keeps a secret per workspace and webhook', async () => {
      await store.saveWebhookSecret('a', 'wh1', 'whsec_a');
      await store.saveWebhookSecret('b', 'wh1', 'whsec_b');
      expect(await store.getWebhookSecret('a', 'wh1')).toBe('whsec_a');
      expect(await store.getWebhookSecret('b', 'wh1')).toBe('whsec_b');
      expect(await store.getWebhookSecret('a', 'nope')).toBeUndefined();
    });

    it('enqueues with the cursor, ignores a delivery already there, and hands out only the first of each key', async () => {
      expect(await store.webhookCursor('a', 'wh1')).toBeUndefined();
      await store.enqueueWebhookDeliveries('a', 'wh1', 3, [
        delivery('a', 'wh1', 2, 'call:c1'),
        delivery('a', 'wh1', 3, 'call:c1'),
        delivery('a', 'wh1', 3, 'call:c2', 1),
      ]);
      await store.enqueueWebhookDeliveries('a', 'wh1', 3, [delivery('a', 'wh1', 2, 'call:c1')]);
      expect(await store.webhookCursor('a', 'wh1')).toBe(3);
      expect(await store.getWebhookSecret('a', 'wh1')).toBe('whsec_a');
      const due = await store.dueWebhookDeliveries('a', 5000, 10);
      expect(due.map((d) => d.id)).toEqual(['dlv_wh1_2_0', 'dlv_wh1_3_1']);
      expect(await store.dueWebhookDeliveries('b', 5000, 10)).toEqual([]);
      expect(await store.dueWebhookDeliveries('a', 1002, 10)).toHaveLength(1);
    });

    it('records attempts: a retry waits, a success lets the next of its key go, giving up marks it failed', async () => {
      await store.recordWebhookAttempt('a', 'dlv_wh1_2_0', {
        at: 2000,
        responseStatus: 500,
        responseMs: 12,
        error: 'HTTP 500',
        delivered: false,
        nextAttemptAt: 9000,
      });
      let first = await store.getWebhookDelivery('a', 'dlv_wh1_2_0');
      expect(first).toMatchObject({
        status: 'pending',
        attempts: 1,
        responseStatus: 500,
        nextAttemptAt: 9000,
      });
      expect((await store.dueWebhookDeliveries('a', 5000, 10)).map((d) => d.id)).toEqual(['dlv_wh1_3_1']);
      await store.recordWebhookAttempt('a', 'dlv_wh1_2_0', {
        at: 9000,
        responseStatus: 204,
        responseMs: 3,
        delivered: true,
      });
      first = await store.getWebhookDelivery('a', 'dlv_wh1_2_0');
      expect(first).toMatchObject({ status: 'delivered', attempts: 2, responseStatus: 204 });
      expect(first?.error).toBeUndefined();
      expect((await store.dueWebhookDeliveries('a', 9000, 10)).map((d) => d.id)).toEqual([
        'dlv_wh1_3_0',
        'dlv_wh1_3_1',
      ]);
      await store.recordWebhookAttempt('a', 'dlv_wh1_3_1', {
        at: 9000,
        responseMs: 1,
        error: 'refused',
        delivered: false,
      });
      expect(await store.getWebhookDelivery('a', 'dlv_wh1_3_1')).toMatchObject({
        status: 'failed',
        error: 'refused',
      });
    });

    it('lists newest first in pages, filters by status, and replays', async () => {
      const first = await store.listWebhookDeliveries('a', 'wh1', { limit: 2 });
      expect(first.items.map((d) => d.id)).toEqual(['dlv_wh1_3_1', 'dlv_wh1_3_0']);
      const next = await store.listWebhookDeliveries('a', 'wh1', { limit: 2, cursor: first.nextCursor });
      expect(next.items.map((d) => d.id)).toEqual(['dlv_wh1_2_0']);
      expect(next.nextCursor).toBeUndefined();
      const failed = await store.listWebhookDeliveries('a', 'wh1', { limit: 10, status: 'failed' });
      expect(failed.items.map((d) => d.id)).toEqual(['dlv_wh1_3_1']);
      expect(await store.replayWebhookDelivery('a', 'dlv_wh1_3_1', 10_000)).toBe(true);
      expect(await store.replayWebhookDelivery('b', 'dlv_wh1_3_1', 10_000)).toBe(false);
      expect(await store.getWebhookDelivery('a', 'dlv_wh1_3_1')).toMatchObject({
        status: 'pending',
        nextAttemptAt: 10_000,
      });
    });

    it('forgets a removed webhook in its workspace only', async () => {
      await store.enqueueWebhookDeliveries('b', 'wh1', 1, [delivery('b', 'wh1', 1, 'call:x')]);
      await store.forgetWebhook('a', 'wh1');
      expect(await store.getWebhookSecret('a', 'wh1')).toBeUndefined();
      expect(await store.webhookCursor('a', 'wh1')).toBeUndefined();
      expect((await store.listWebhookDeliveries('a', 'wh1', { limit: 10 })).items).toEqual([]);
      expect((await store.listWebhookDeliveries('b', 'wh1', { limit: 10 })).items).toHaveLength(1);
    });
  });
}
