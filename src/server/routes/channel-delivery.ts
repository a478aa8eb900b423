import { conflict } from '../../domain/errors.ts';
import type { Actor } from '../../engine/tx.ts';
import { newId } from '../../runtime/ids.ts';
import type { ConversationRecord } from '../../store/port.ts';
import type { ServerContext } from '../context.ts';
import { KeyedLock } from './keyed-lock.ts';

/** A contact's message as a channel hands it over: a channel integration or the web-chat widget. */
export interface ContactDelivery {
  workspaceId: string;
  channel: string;
  contact: { address: string; name?: string; email?: string };
  channelMessageId: string;
  text: string;
  conversationId?: string;
  departmentId?: string;
}

export const sameContact = (
  record: Pick<ConversationRecord, 'channel' | 'contact'>,
  channel: string,
  address: string,
) => record.channel === channel && record.contact.address === address;

/** One lock per server, so the channel route and the widget take turns on the same contact. */
const locks = new WeakMap<ServerContext, KeyedLock>();

function deliveryLock(context: ServerContext): KeyedLock {
  let lock = locks.get(context);
  if (!lock) {
    lock = new KeyedLock();
    locks.set(context, lock);
  }
  return lock;
}

/**
 * C1: the contact's message joins their open conversation on the channel, reopens their
 * resolved one, or opens a new one.
 * A retried delivery (same channelMessageId) adds nothing and answers duplicate: true.
 */
export function deliverContactMessage(
  context: ServerContext,
  delivery: ContactDelivery,
  actor: Actor,
): Promise<{ conversationId: string; duplicate: boolean }> {
  const { runtime, store } = context;
  const { workspaceId, channel, conversationId, channelMessageId, text, departmentId } = delivery;
  const address = delivery.contact.address.trim();
  const contact = { ...delivery.contact, address };
  // One contact's deliveries take turns, so two first messages cannot open two conversations.
  return deliveryLock(context).run(`${workspaceId}\n${channel}\n${address}`, async () => {
    const record = conversationId
      ? await store.getConversation(workspaceId, conversationId)
      : await store.latestConversationOf(workspaceId, channel, address);
    if (record && !sameContact(record, channel, address))
      throw conflict(`conversation ${record.id} belongs to another contact`, 'conversationId');
    if (record && (await store.getMessage(workspaceId, record.id, channelMessageId)))
      return { conversationId: record.id, duplicate: true };
    // Checked on the committed state with no await before execute: an open conversation stays open until it runs.
    const state = await runtime.committed(workspaceId);
    const live = state?.conversations[conversationId ?? record?.id ?? ''];
    if (live && !sameContact(live, channel, address))
      throw conflict(`conversation ${live.id} belongs to another contact`, 'conversationId');
    // C1: a contact writing again on a resolved conversation reopens it, in its department.
    const reopening = !live && record?.status === 'resolved' ? record : undefined;
    const id = live?.id ?? reopening?.id ?? (conversationId && !record ? conversationId : newId('conv'));
    // The old department may have gone since: then the engine picks the default one.
    const previousDepartment = reopening?.departmentId;
    const department =
      departmentId ??
      (previousDepartment && state?.departments[previousDepartment] ? previousDepartment : undefined);
    const { events } = await runtime.execute(
      workspaceId,
      {
        type: 'conversation.incoming',
        conversationId: id,
        channel,
        contact,
        channelMessageId,
        text,
        ...(department ? { departmentId: department } : {}),
        ...(reopening
          ? { reopen: reopening.assigneeId ? { previousAssigneeId: reopening.assigneeId } : {} }
          : {}),
      },
      actor,
    );
    return { conversationId: id, duplicate: events.length === 0 };
  });
}
