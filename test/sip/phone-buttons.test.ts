import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Baresip, freePort, runSipp, sipPeers, sleep, until } from './support/peers.ts';
import { annWithDeskPhone, type SipTestServer, startSipServer } from './support/server.ts';

const peers = sipPeers();
const scenario = (name: string) => fileURLToPath(new URL(`./scenarios/${name}.xml`, import.meta.url));
const number = '+34910000001';

/** The event types of the live or ended call to `number`, in order. */
async function historyOf(sip: SipTestServer): Promise<string[]> {
  const call = (await sip.api('GET', '/calls')).body.items?.[0];
  if (!call) return [];
  const detail = await sip.api('GET', `/calls/${call.id}`);
  return detail.body.history.map((entry: { type: string }) => entry.type);
}

describe.skipIf(!peers.available)("SIP: a desk phone's own hold and transfer buttons (S4)", () => {
  let sip: SipTestServer;
  let agent: Baresip;

  beforeAll(async () => {
    sip = await startSipServer();
    await sip.api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' });
    agent = await annWithDeskPhone(sip);
  }, 30_000);

  afterAll(async () => {
    await agent?.stop();
    await sip?.close();
  });

  it('hold (re-INVITE sendonly) holds the call and resume resumes it; then the phone transfers it blind by REFER to an external number through the trunk', async () => {
    const carrierPort = await freePort();
    await sip.api('PATCH', '/billing', { sipLicence: true, balanceCents: 10_000 });
    await sip.api('PUT', '/sip/trunk', {
      allowedSources: ['127.0.0.1'],
      outbound: { host: '127.0.0.1', port: carrierPort, transport: 'udp' },
    });
    const carrierDir = mkdtempSync(join(tmpdir(), 'sb-carrier-'));
    // The customer the call is transferred to answers and hangs up; the caller talks until then
    // (it fails if no BYE reaches it within -timeout), not for a fixed 12 s that had to outlast
    // hold, resume and transfer on a loaded machine.
    const carrier = runSipp(
      [
        '-sf',
        scenario('carrier-hangs-up'),
        '-m',
        '1',
        '-trace_msg',
        '-message_file',
        join(carrierDir, 'carrier.log'),
      ],
      carrierDir,
      carrierPort,
    );
    const caller = runSipp([
      '-sf',
      scenario('caller-hung-up'),
      '-s',
      number,
      `127.0.0.1:${sip.sipPort}`,
      '-m',
      '1',
    ]);
    await until('the agent to answer', async () =>
      (await historyOf(sip)).includes('call.leg_answered') ? true : undefined,
    );
    // Its hold is a re-INVITE in the call's dialog: sent once the phone has the caller's ACK.
    await until('the desk phone to have the call established', () => /Call established/.test(agent.output()));
    await agent.command('hold');
    await until('the hold', async () => ((await historyOf(sip)).includes('call.held') ? true : undefined));
    await agent.command('resume');
    await until('the resume', async () =>
      (await historyOf(sip)).includes('call.resumed') ? true : undefined,
    );
    await sleep(300);
    await agent.command('transfer', 'sip:+34699000222@127.0.0.1');
    await until(
      'the transfer',
      async () => ((await historyOf(sip)).includes('call.transfer_completed') ? true : undefined),
      8000,
    ).catch(async (error: Error) => {
      throw new Error(
        `${error.message}: ${(await historyOf(sip)).join(' ')}\n${agent.output().slice(-1500)}`,
      );
    });
    expect((await caller).code).toBe(0);
    expect((await carrier).code).toBe(0);
    expect(readFileSync(join(carrierDir, 'carrier.log'), 'utf8')).toMatch(
      /INVITE sip:\+34699000222@127\.0\.0\.1/,
    );
    // The phone heard the outcome as RFC 3515 asks: a NOTIFY carrying a sipfrag status line.
    expect(agent.output()).toMatch(/transfer|REFER|NOTIFY/i);
  }, 40_000);
});
