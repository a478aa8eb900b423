import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let origin: string;
let socket: WebSocket | undefined;

beforeEach(async () => {
  server = await startTestServer();
  await seedWorkspace(server);
  await server.request('POST', '/v1/workspaces/acme/departments', {
    token: server.adminToken,
    body: { id: 'sales', name: 'Sales', memberIds: ['u_agent'] },
  });
  await server.runtime.execute('acme', { type: 'presence.set', userId: 'u_agent', presence: 'online' });
  origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
});
afterEach(async () => {
  socket?.close();
  await server.close();
});

describe('web-chat visitor stream', () => {
  it('nudges the visitor when an agent replies, never for an internal note; a bad token is closed with 4401', async () => {
    const session = await server.request('POST', '/v1/webchat/acme/sessions', { body: { name: 'Vera' } });
    const token = session.body.visitorToken as string;
    const sent = await server.app.inject({
      method: 'POST',
      url: '/v1/webchat/acme/messages',
      headers: { authorization: `Bearer ${token}` },
      payload: { text: 'Hello', clientMessageId: 'c1' },
    });
    const { conversationId } = JSON.parse(sent.body);
    socket = new WebSocket(`${origin.replace('http', 'ws')}/v1/webchat/acme/stream?token=${token}`);
    const messages: string[] = [];
    socket.on('message', (data) => messages.push(String(data)));
    await new Promise((resolve) => socket!.on('open', resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.runtime.execute(
      'acme',
      { type: 'conversation.note', conversationId, userId: 'u_agent', noteId: 'n1', text: 'internal' },
      { kind: 'user', userId: 'u_agent' },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages).toEqual([]);
    await server.runtime.execute(
      'acme',
      { type: 'conversation.reply', conversationId, userId: 'u_agent', messageId: 'r1', text: 'Hi Vera' },
      { kind: 'user', userId: 'u_agent' },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messages).toEqual(['{"type":"changed"}']);

    const bad = new WebSocket(`${origin.replace('http', 'ws')}/v1/webchat/acme/stream?token=sbv_nope`);
    const code = await new Promise<number>((resolve) => bad.on('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4401);
  });
});
