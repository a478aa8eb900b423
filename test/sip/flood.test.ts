import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawPeer, sleep, until } from './support/peers.ts';
import { type SipTestServer, startSipServer } from './support/server.ts';

const statusOf = (message: string) => Number(/^SIP\/2\.0 (\d{3})/.exec(message)?.[1]);

/** Requests as a scanner or a misbehaving phone would send them, one transaction each. */
function request(method: 'OPTIONS' | 'REGISTER', port: number, sipPort: number, id: string): string {
  return [
    `${method} sip:127.0.0.1:${sipPort} SIP/2.0`,
    `Via: SIP/2.0/UDP 127.0.0.1:${port};branch=z9hG4bK-${id}`,
    'Max-Forwards: 70',
    `From: <sip:flood@127.0.0.1>;tag=${id}`,
    'To: <sip:flood@127.0.0.1>',
    `Call-ID: ${id}`,
    `CSeq: 1 ${method}`,
    `Contact: <sip:flood@127.0.0.1:${port}>`,
    'Content-Length: 0',
    '',
    '',
  ].join('\r\n');
}

/** Each source's REGISTER and OPTIONS allowance: a burst of 10, then 5 a second. */
const ratePerSecond = 5;

describe('S5: REGISTER and OPTIONS floods are bounded per source (issue 13 item 6)', () => {
  let sip: SipTestServer;
  beforeAll(async () => {
    sip = await startSipServer({
      inviteRate: 50,
      inviteBurst: 100,
      registerFailures: 1000,
      registerWindowMs: 60_000,
      registerRate: ratePerSecond,
      registerBurst: 10,
      optionsRate: ratePerSecond,
      optionsBurst: 10,
    });
  });
  afterAll(async () => sip?.close());

  for (const method of ['OPTIONS', 'REGISTER'] as const)
    it(`${method}: past the burst, 503 with Retry-After; the source is served again once its rate allows`, async () => {
      const peer = await rawPeer();
      try {
        for (let i = 0; i < 40; i++)
          peer.send(request(method, peer.port, sip.sipPort, `${method}-${i}`), sip.sipPort);
        await until('40 answers', () => (peer.received.length >= 40 ? true : undefined));
        const statuses = peer.received.map(statusOf);
        const refused = peer.received.filter((message) => statusOf(message) === 503);
        // OPTIONS is answered 200; an unauthenticated REGISTER gets its challenge (401).
        const served = method === 'OPTIONS' ? 200 : 401;
        expect(refused.length, statuses.join(',')).toBeGreaterThanOrEqual(25);
        expect(refused.every((message) => /Retry-After: \d+/.test(message))).toBe(true);
        expect(statuses.filter((status) => status === served).length).toBe(40 - refused.length);
        // Long enough for the rate to allow one more request (a fifth of a second), and a little.
        await sleep(1000 / ratePerSecond + 100);
        peer.received.length = 0;
        peer.send(request(method, peer.port, sip.sipPort, `${method}-after`), sip.sipPort);
        const answer = await until('the next answer', () => peer.received[0]);
        expect(statusOf(answer)).toBe(served);
      } finally {
        peer.close();
      }
    });
});
