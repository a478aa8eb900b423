import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { startTestServer } from '../support/server.ts';

// Without the sweep (src/server/close-http.ts) close() waits out the keep-alive timeout (72 s)
// and this test fails on its own timeout.
it('a request in flight when the server stops is answered, then its connection is closed, so the server stops at once', async () => {
  const server = await startTestServer();
  await server.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = server.app.server.address() as AddressInfo;
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  const ended = once(socket, 'close');

  // A keep-alive request whose body is still on its way when the server is told to stop.
  const body = JSON.stringify({ email: 'nobody@example.test', password: 'not this one' });
  const arrived = once(server.app.server, 'request');
  socket.write(
    `POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body.slice(0, 10)}`,
  );
  await arrived;
  const stopping = server.close();
  socket.write(body.slice(10));

  await ended;
  await stopping;
  // Answered as it would have been (a wrong password), not refused for the shutdown.
  expect(received).toMatch(/^HTTP\/1\.1 401 /);
  expect(received.toLowerCase()).toContain('"error"');
}, 15_000);
