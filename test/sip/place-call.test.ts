import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ringbackFrequency } from '../../src/telephony/rtp/sounds.ts';
import { powerShare, rms } from '../../src/telephony/rtp/test-support/goertzel.ts';
import {
  type Baresip,
  carrierForOneCall,
  freePort,
  sipPeers,
  sippListening,
  startBaresip,
  until,
} from './support/peers.ts';
import { heardOnCall, loudest, untilHeard } from './support/recordings.ts';
import { annWithDeskPhone, type SipTestServer, startSipServer } from './support/server.ts';

const peers = sipPeers();
const scenario = (name: string) => fileURLToPath(new URL(`./scenarios/${name}.xml`, import.meta.url));
const ours = '+34910000007';
const customer = '+34699000111';

describe.skipIf(!peers.available)(
  "W8 over SIP: an agent's call out rings their desk phone, then the customer through the trunk (issue 13 item 4)",
  () => {
    let sip: SipTestServer;
    let agent: Baresip;
    let carrierPort: number;

    beforeAll(async () => {
      sip = await startSipServer();
      carrierPort = await freePort();
      const ann = { id: 'u_ann', name: 'Ann Agent', email: 'ann@acme.test', role: 'agent' };
      expect((await sip.api('POST', '/users', ann)).status).toBe(201);
      expect((await sip.api('PATCH', '/billing', { balanceCents: 10_000 })).status).toBe(200);
      expect((await sip.api('POST', '/numbers', { e164: ours, kind: 'rented', id: 'n_out' })).status).toBe(
        201,
      );
      expect((await sip.api('PUT', '/numbers/n_out/assigned-users', { userIds: ['u_ann'] })).status).toBe(
        200,
      );
      await sip.api('PUT', '/sip/trunk', {
        allowedSources: ['127.0.0.1'],
        outbound: { host: '127.0.0.1', port: carrierPort, transport: 'udp' },
      });
      agent = await annWithDeskPhone(sip, true);
    }, 30_000);

    afterAll(async () => {
      await agent?.stop();
      await sip?.close();
    });

    it('the desk phone answers, the carrier gets the INVITE from the workspace number, the customer answers, the agent hangs up', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sb-place-'));
      const carrier = await carrierForOneCall(
        scenario('carrier-answers'),
        join(dir, 'carrier.log'),
        carrierPort,
        dir,
      );
      const placed = await sip.api('POST', '/calls', { numberId: 'n_out', to: customer, userId: 'u_ann' });
      expect(placed.status).toBe(201);
      const { callId } = placed.body;
      await until('the customer to answer', async () => {
        const history = (await sip.api('GET', `/calls/${callId}`)).body.history as Array<{ type: string }>;
        return history.some((entry) => entry.type === 'call.leg_answered') ? true : undefined;
      }).catch((error: Error) => {
        throw new Error(`${error.message}\n${agent.output()}`);
      });
      // The desk phone was rung first, showing whom it is calling.
      expect(agent.output()).toContain(customer);
      await agent.command('hangup');
      expect((await carrier.exited).code).toBe(0);
      const call = await until('the call to end', async () => {
        const found = (await sip.api('GET', `/calls/${callId}`)).body;
        return found.endedAt ? found : undefined;
      });
      expect(call.outcome).toBe('answered');
      const types = (call.history as Array<{ type: string }>).map((entry) => entry.type);
      expect(types.indexOf('call.placed')).toBeLessThan(types.indexOf('call.leg_answered'));
      const log = readFileSync(join(dir, 'carrier.log'), 'utf8');
      expect(log).toMatch(/INVITE sip:\+34699000111@127\.0\.0\.1/);
      expect(log).toMatch(/From: "\+34910000007" <sip:\+34910000007@/);
      expect(log).toMatch(/BYE sip:/);
    }, 60_000);

    it("the agent and the customer hear each other: the desk phone's tone reaches the customer's phone and back", async () => {
      // The carrier is now a phone that answers whatever it is sent (baresip, its own 1.7 kHz tone).
      const customerPhone = await startBaresip({
        username: customer,
        password: 'unused',
        registrar: sip.sipPort,
        register: false,
        toneHz: 1700,
      });
      try {
        await sip.api('PUT', '/sip/trunk', {
          allowedSources: ['127.0.0.1'],
          outbound: { host: '127.0.0.1', port: customerPhone.port, transport: 'udp' },
        });
        const since = Date.now();
        const placed = await sip.api('POST', '/calls', { numberId: 'n_out', to: customer, userId: 'u_ann' });
        const { callId } = placed.body;
        await until('the customer to answer', async () => {
          const history = (await sip.api('GET', `/calls/${callId}`)).body.history as Array<{ type: string }>;
          return history.some((entry) => entry.type === 'call.leg_answered') ? true : undefined;
        }).catch((error: Error) => {
          throw new Error(`${error.message}\n${customerPhone.output()}`);
        });
        // They talk until each has heard the other's tone for a half second.
        await Promise.all([
          untilHeard(agent, since, 'the agent to hear the customer', (heard) => loudest(heard, 1700) > 0.5),
          untilHeard(
            customerPhone,
            since,
            'the customer to hear the agent',
            (heard) => loudest(heard, 440) > 0.5,
          ),
        ]);
        await agent.command('hangup');
        await until('the call to end', async () =>
          (await sip.api('GET', `/calls/${callId}`)).body.endedAt ? true : undefined,
        );
        expect(loudest(await heardOnCall(agent, since), 1700)).toBeGreaterThan(0.5);
        expect(loudest(await heardOnCall(customerPhone, since), 440)).toBeGreaterThan(0.5);
      } finally {
        await customerPhone.stop();
      }
    }, 60_000);

    it('early media (RFC 3960): the agent hears the carrier’s announcement, not our ringback, before it refuses the call', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sb-early-'));
      await sip.api('PUT', '/sip/trunk', {
        allowedSources: ['127.0.0.1'],
        outbound: { host: '127.0.0.1', port: carrierPort, transport: 'udp' },
      });
      const carrier = await carrierForOneCall(
        scenario('carrier-early-media'),
        join(dir, 'carrier.log'),
        carrierPort,
      );
      const since = Date.now();
      const placed = await sip.api('POST', '/calls', { numberId: 'n_out', to: customer, userId: 'u_ann' });
      expect(placed.status).toBe(201);
      const { callId } = placed.body;
      const call = await until(
        'the carrier to refuse the call',
        async () => {
          const found = (await sip.api('GET', `/calls/${callId}`)).body;
          return found.endedAt ? found : undefined;
        },
        20_000,
      );
      expect(call.answeredAt).toBeUndefined();
      expect((await carrier.exited).code).toBe(0);
      const heard = await heardOnCall(agent, since);
      const windows = Array.from({ length: Math.floor(heard.length / 4000) }, (_, i) =>
        heard.subarray(i * 4000, (i + 1) * 4000),
      );
      // The announcement is speech (its power spread, in the thousands); our ringback is 425 Hz.
      const spoken = windows.filter(
        (window) => rms(window) > 300 && powerShare(window, ringbackFrequency) < 0.3,
      );
      expect(spoken.length).toBeGreaterThanOrEqual(4);
      expect(
        windows.filter((window) => powerShare(window, ringbackFrequency) > 0.6).length,
      ).toBeLessThanOrEqual(2);
    }, 60_000);

    it('early media on a forward: a caller whose call is forwarded through the trunk hears the carrier’s announcement', async () => {
      const forwarded = '+34910000008';
      expect(
        (await sip.api('POST', '/numbers', { e164: forwarded, kind: 'rented', id: 'n_fwd' })).status,
      ).toBe(201);
      const settings = { mode: 'forward_all', forwardTo: customer, passCallerId: true };
      expect((await sip.api('PATCH', '/numbers/n_fwd/settings', settings)).status).toBe(200);
      await sip.api('PUT', '/sip/trunk', {
        allowedSources: ['127.0.0.1'],
        outbound: { host: '127.0.0.1', port: carrierPort, transport: 'udp' },
      });
      const carrier = await sippListening(
        ['-sf', scenario('carrier-early-media'), '-m', '1'],
        undefined,
        carrierPort,
      );
      const caller = await startBaresip({
        username: '34600111333',
        password: 'unused-password',
        registrar: sip.sipPort,
        register: false,
      });
      try {
        const callsBefore = (await sip.api('GET', '/calls')).body.items.length;
        const since = Date.now();
        await caller.command('dial', `sip:${forwarded}@127.0.0.1:${sip.sipPort}`);
        await until(
          'the carrier to refuse the forward and the call to end',
          async () => {
            const items = (await sip.api('GET', '/calls')).body.items;
            return items.length > callsBefore && items[0].endedAt ? true : undefined;
          },
          20_000,
        ).catch((error: Error) => {
          throw new Error(`${error.message}\n${caller.output()}`);
        });
        expect((await carrier.exited).code).toBe(0);
        const heard = await heardOnCall(caller, since);
        const windows = Array.from({ length: Math.floor(heard.length / 4000) }, (_, i) =>
          heard.subarray(i * 4000, (i + 1) * 4000),
        );
        expect(windows.filter((window) => rms(window) > 300).length).toBeGreaterThanOrEqual(4);
      } finally {
        await caller.stop();
      }
    }, 60_000);
  },
);
