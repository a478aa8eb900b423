import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as wsModule from 'ws';
import WebSocket, { WebSocketServer } from 'ws';
import { directSocket, textFrame } from './text-frames.ts';

/** ws's own framing of a server's text message (its Sender, which @types/ws does not declare): header and payload, joined. */
const { Sender } = wsModule as unknown as { Sender: { frame(data: Buffer, options: object): Buffer[] } };
const wsFrame = (text: string) =>
  Buffer.concat(
    Sender.frame(Buffer.from(text), { fin: true, opcode: 1, mask: false, readOnly: false, rsv1: false }),
  );

describe('WebSocket text frames written directly (issue 16 goal 2)', () => {
  it('are the bytes ws would send, at every length encoding and in UTF-8', () => {
    for (const text of [
      '',
      'x',
      'é✓ 𝄞',
      'a'.repeat(125),
      'a'.repeat(126),
      'ñ'.repeat(40_000),
      'b'.repeat(70_000),
    ])
      expect(textFrame(text).equals(wsFrame(text))).toBe(true);
  });

  let server: WebSocketServer;
  let port: number;
  beforeAll(async () => {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reach a client as separate messages, in order, between messages ws sends', async () => {
    const accepted = once(server, 'connection');
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    const received: string[] = [];
    client.on('message', (data) => received.push(String(data)));
    await once(client, 'open');
    const [socket] = (await accepted) as [WebSocket];
    const raw = directSocket(socket);
    expect(raw).toBeDefined();
    socket.send('first');
    raw!.write(Buffer.concat([textFrame('{"seq":1}'), textFrame('ü'.repeat(300))]));
    socket.send('last');
    while (received.length < 4) await once(client, 'message');
    expect(received).toEqual(['first', '{"seq":1}', 'ü'.repeat(300), 'last']);
    client.close();
  });

  it('are not used when the client negotiated compression: ws frames those', async () => {
    const compressing = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: true });
    await once(compressing, 'listening');
    const accepted = once(compressing, 'connection');
    const client = new WebSocket(`ws://127.0.0.1:${(compressing.address() as AddressInfo).port}`, {
      perMessageDeflate: true,
    });
    await once(client, 'open');
    const [socket] = (await accepted) as [WebSocket];
    expect(directSocket(socket)).toBeUndefined();
    client.close();
    await new Promise<void>((resolve) => compressing.close(() => resolve()));
  });
});
