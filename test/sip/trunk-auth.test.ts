import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carrierForOneCall, freePort, runSipp, sipPeers, until } from './support/peers.ts';
import { type SipTestServer, startSipServer } from './support/server.ts';

const peers = sipPeers();
const scenario = (name: string) => fileURLToPath(new URL(`./scenarios/${name}.xml`, import.meta.url));
const forwarded = '+34910000002';
const password = 'carrier-pass';

describe.skipIf(!peers.available)('issue 13 item 3: digest authentication toward the carrier', () => {
  let sip: SipTestServer;
  let carrierPort: number;

  beforeAll(async () => {
    sip = await startSipServer();
    carrierPort = await freePort();
    expect((await sip.api('PATCH', '/billing', { balanceCents: 10_000 })).status).toBe(200);
    expect((await sip.api('POST', '/numbers', { e164: forwarded, kind: 'rented', id: 'n_fwd' })).status).toBe(
      201,
    );
    const settings = { mode: 'forward_all', forwardTo: '+34699000111', passCallerId: true };
    expect((await sip.api('PATCH', '/numbers/n_fwd/settings', settings)).status).toBe(200);
    await sip.api('PUT', '/sip/trunk', {
      allowedSources: ['127.0.0.1'],
      outbound: { host: '127.0.0.1', port: carrierPort, transport: 'udp' },
    });
  }, 30_000);

  afterAll(async () => sip?.close());

  /**
   * A forwarded call: SIPp calls the number (half a second of talk: the carrier's log is what is
   * checked), a challenging SIPp carrier takes the forward.
   */
  async function forwardThroughChallengingCarrier() {
    const dir = mkdtempSync(join(tmpdir(), 'sb-carrier-auth-'));
    const carrier = await carrierForOneCall(
      scenario('carrier-auth'),
      join(dir, 'carrier.log'),
      carrierPort,
      dir,
    );
    const callsBefore = (await sip.api('GET', '/calls')).body.items.length;
    const caller = await runSipp([
      '-sf',
      scenario('caller'),
      '-s',
      forwarded,
      `127.0.0.1:${sip.sipPort}`,
      '-m',
      '1',
      '-d',
      '500',
    ]);
    const carrierRun = await carrier.exited;
    const call = await until('the forwarded call to end', async () => {
      const items = (await sip.api('GET', '/calls')).body.items;
      return items.length > callsBefore && items[0].endedAt ? items[0] : undefined;
    });
    const history = (await sip.api('GET', `/calls/${call.id}`)).body.history as Array<{ type: string }>;
    return { caller, carrierRun, call, history, log: readFileSync(join(dir, 'carrier.log'), 'utf8') };
  }

  it('the carrier challenges the INVITE (401); Switchboard answers with the trunk credentials and the forward connects', async () => {
    const set = await sip.api('PUT', '/sip/trunk/credentials', { username: 'carrier-user', password });
    expect(set).toEqual({ status: 200, body: { username: 'carrier-user', passwordSet: true } });
    const { caller, carrierRun, history, log } = await forwardThroughChallengingCarrier();
    expect(caller.code, caller.output).toBe(0);
    expect(carrierRun.code, carrierRun.output).toBe(0);
    expect(log).toMatch(/SIP\/2\.0 401 Unauthorized/);
    expect(log).toMatch(/Authorization: Digest username="carrier-user", realm="carrier\.test"/);
    expect(log).toMatch(/SIP\/2\.0 200 OK/);
    expect(log).not.toContain(password);
    expect(history.some((entry) => entry.type === 'call.leg_answered')).toBe(true);
  }, 60_000);

  it('with a wrong password the carrier refuses (403) and the forward is not connected', async () => {
    await sip.api('PUT', '/sip/trunk/credentials', {
      username: 'carrier-user',
      password: 'not-the-password',
    });
    const { log, history } = await forwardThroughChallengingCarrier();
    expect(log).toMatch(/SIP\/2\.0 403 Wrong Credentials/);
    expect(history.some((entry) => entry.type === 'call.leg_answered')).toBe(false);
  }, 60_000);

  it('the password is never answered back nor exported: the API shows the username, YAML export has neither', async () => {
    await sip.api('PUT', '/sip/trunk/credentials', { username: 'carrier-user', password });
    const shown = await sip.api('GET', '/sip/trunk/credentials');
    expect(shown.body).toEqual({ username: 'carrier-user', passwordSet: true });
    expect(JSON.stringify((await sip.api('GET', '/sip/trunk')).body)).not.toContain(password);
    // Nor in the history of the workspace's configuration (issue 17 residue 1).
    const history = await sip.api('GET', '/history/workspace/-');
    expect(history.body.items.some((item: { type: string }) => item.type === 'sip.trunk_configured')).toBe(
      true,
    );
    expect(JSON.stringify(history.body)).not.toContain(password);
    const exported = await sip.server.app.inject({
      method: 'GET',
      url: '/v1/workspaces/acme/config?format=yaml',
      headers: { authorization: `Bearer ${sip.server.adminToken}` },
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('allowedSources');
    expect(exported.body).not.toContain(password);
    // Not in the database (event log, snapshots): only in the trunk's own owner-only file.
    for (const name of readdirSync(sip.dir).filter((entry) => entry.startsWith('switchboard.db')))
      expect(readFileSync(join(sip.dir, name)).includes(password)).toBe(false);
    const file = join(sip.dir, 'secrets', 'sip-trunks', 'acme.json');
    expect(statSync(file).mode & 0o077).toBe(0);
    const refused = await sip.api('PUT', '/sip/trunk/credentials', { username: 'a b', password: 'x' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe('username');
    expect((await sip.api('DELETE', '/sip/trunk/credentials')).status).toBe(204);
    expect((await sip.api('GET', '/sip/trunk/credentials')).body).toBeNull();
  });
});
