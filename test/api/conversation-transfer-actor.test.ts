import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatDriver } from '../support/chat.ts';

/*
 * C4, issue 12 #15: a conversation transferred with a key (the server admin key, or a
 * workspace API key) records the key as who transferred it; "from" stays whose it was.
 */

let chat: ChatDriver;
beforeAll(async () => {
  chat = await ChatDriver.start();
  await chat.online('u_agent', 'u_bea');
});
afterAll(async () => chat.close());

async function alexsConversation(address: string): Promise<string> {
  await chat.presence('u_bea', 'pause');
  const { conversationId } = await chat.write(address);
  await chat.online('u_bea');
  expect((await chat.conversation(conversationId)).assigneeId).toBe('u_agent');
  return conversationId;
}

const transferredEvent = async (conversationId: string) => {
  const detail = await chat.conversation(conversationId);
  return detail.history.findLast((event: { type: string }) => event.type === 'conversation.transferred');
};

describe('who transferred a conversation (C4, issue 12 #15)', () => {
  it('the server admin key: recorded as the key, not as Alex, whose it was', async () => {
    const conversationId = await alexsConversation('visitor-admin');
    await chat.ok(
      'POST',
      `/conversations/${conversationId}/transfer`,
      { to: { kind: 'agent', userId: 'u_bea' }, reason: 'Escalated by the operator' },
      200,
      chat.server.adminToken,
    );
    const detail = await chat.conversation(conversationId, chat.tokens.bea);
    expect(detail.assigneeId).toBe('u_bea');
    expect(detail.transfer).toMatchObject({
      fromUserId: 'u_agent',
      byKey: { kind: 'admin' },
      reason: 'Escalated by the operator',
    });
    expect(detail.transfer.by).toBeUndefined();
    expect((await transferredEvent(conversationId)).data).toMatchObject({ byKey: { kind: 'admin' } });
  });

  it('a workspace API key: recorded by its id', async () => {
    const key = await chat.ok('POST', '/api-keys', { name: 'crm sync', role: 'admin' }, 201);
    const conversationId = await alexsConversation('visitor-key');
    await chat.ok(
      'POST',
      `/conversations/${conversationId}/transfer`,
      { to: { kind: 'agent', userId: 'u_bea' } },
      200,
      key.token,
    );
    const detail = await chat.conversation(conversationId);
    expect(detail.transfer).toMatchObject({
      fromUserId: 'u_agent',
      byKey: { kind: 'api_key', keyId: key.id },
    });
  });

  it('a signed-in user: recorded by id and name, never as a key', async () => {
    const conversationId = await alexsConversation('visitor-user');
    await chat.ok(
      'POST',
      `/conversations/${conversationId}/transfer`,
      { to: { kind: 'agent', userId: 'u_bea' } },
      200,
      chat.tokens.agent,
    );
    const detail = await chat.conversation(conversationId);
    expect(detail.transfer).toMatchObject({
      fromUserId: 'u_agent',
      by: 'u_agent',
      byName: expect.any(String),
    });
    expect(detail.transfer.byKey).toBeUndefined();
  });
});
