import { afterAll, describe, expect, it } from 'vitest';
import { carrierInvite, rawPeer, until } from './support/peers.ts';
import { registerByHand } from './support/register.ts';
import { annWithSipAccount, type SipTestServer, startSipServer } from './support/server.ts';

const number = '+34910000001';

describe('issue 13 item 7: registrations survive a restart', () => {
  const servers: SipTestServer[] = [];
  const closers: Array<() => void> = [];
  afterAll(async () => {
    for (const close of closers) close();
    for (const server of servers) await server.close().catch(() => {});
  });

  it('a phone registered before the restart is still registered after it, until the same expiry, and is rung', async () => {
    const before = await startSipServer();
    servers.push(before);
    await annWithSipAccount(before);
    await before.api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' });
    const phone = await registerByHand({
      sipPort: before.sipPort,
      username: 'ann',
      password: 'ann-secret-1',
      userAgent: 'Desk phone 1',
    });
    closers.push(phone.close);
    expect(phone.status).toBe(200);
    const registered = (await before.api('GET', '/users/u_ann/phones')).body;
    expect(registered.devices).toHaveLength(1);
    await before.close();

    const after = await startSipServer(undefined, { dir: before.dir, adminToken: before.server.adminToken! });
    servers.push(after);
    const restored = (await after.api('GET', '/users/u_ann/phones')).body;
    expect(restored).toEqual(registered);

    // A carrier's call after the restart rings the phone at the address it registered from.
    const carrier = await rawPeer();
    closers.push(carrier.close);
    carrier.send(
      carrierInvite({ to: number, sipPort: after.sipPort, peerPort: carrier.port, callId: 'after-restart' }),
      after.sipPort,
    );
    const invite = await until('the phone to be rung', () =>
      phone.received.find((message) => message.startsWith('INVITE ')),
    );
    expect(invite).toMatch(/^INVITE sip:ann@127\.0\.0\.1:\d+ SIP\/2\.0/);
  }, 30_000);
});
