import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { powerShare } from '../../src/telephony/rtp/test-support/goertzel.ts';
import { type Baresip, sipPeers, sleep, startBaresip, until } from './support/peers.ts';
import { heardOnCall, loudest, untilHeard } from './support/recordings.ts';
import { annWithDeskPhone, type SipTestServer, startSipServer } from './support/server.ts';

const peers = sipPeers();
const number = '+34910000009';
const customerNumber = '+34699000222';
/** Each phone's microphone: Ann's desk phone sends 440 Hz (annWithDeskPhone), the others their own. */
const hz = { ann: 440, caller: 700, sue: 1300, customer: 1700 } as const;
const windowMs = 500;

type History = Array<{ type: string; data: Record<string, unknown> }>;

/** Per half second: which phones' tones are in what was heard (a share of the power above 0.1 each). */
function tonesOver(samples: Int16Array): Array<Set<keyof typeof hz>> {
  const size = (8000 * windowMs) / 1000;
  return Array.from({ length: Math.floor(samples.length / size) }, (_, i) => {
    const window = samples.subarray(i * size, (i + 1) * size);
    return new Set(
      (Object.keys(hz) as Array<keyof typeof hz>).filter((who) => powerShare(window, hz[who]) > 0.1),
    );
  });
}

describe.skipIf(!peers.available)(
  'R4 and R3 over SIP: a supervisor listens, whispers and barges in; a callback rings the customer (issue 21 item 6)',
  () => {
    let sip: SipTestServer;
    let ann: Baresip;
    let sue: Baresip;
    let caller: Baresip;
    let customer: Baresip;

    const history = async (callId: string): Promise<History> =>
      (await sip.api('GET', `/calls/${callId}`)).body.history;
    const until_ = (what: string, callId: string, seen: (history: History) => boolean) =>
      until(what, async () => (seen(await history(callId)) ? true : undefined), 15_000);
    const answeredBy = (userId: string) => (entries: History) =>
      entries.some((entry) => entry.type === 'call.leg_answered' && entry.data.userId === userId);
    const ended = async (callId: string) =>
      until(
        'the call to end',
        async () => ((await sip.api('GET', `/calls/${callId}`)).body.endedAt ? true : undefined),
        15_000,
      );

    /** The caller rings the number and Ann's desk phone answers: the call's id. */
    async function callerTalksToAnn(): Promise<string> {
      const before = new Set(
        ((await sip.api('GET', '/calls')).body.items as Array<{ id: string }>).map((call) => call.id),
      );
      await caller.command('dial', `sip:${number}@127.0.0.1:${sip.sipPort}`);
      const callId = await until(
        'the caller’s call',
        async () =>
          ((await sip.api('GET', '/calls')).body.items as Array<{ id: string; from: string }>).find(
            (call) => !before.has(call.id),
          )?.id,
      );
      await until_('Ann to answer', callId, answeredBy('u_ann'));
      return callId;
    }

    beforeAll(async () => {
      sip = await startSipServer();
      await sip.api('PATCH', '/billing', { sipLicence: true });
      await sip.api('POST', '/users', {
        id: 'u_sue',
        name: 'Sue Supervisor',
        email: 'sue@acme.test',
        role: 'supervisor',
      });
      await sip.api('PUT', '/users/u_sue/sip', { username: 'sue', password: 'sue-secret-1' });
      [ann, sue, caller, customer] = await Promise.all([
        annWithDeskPhone(sip),
        startBaresip({ username: 'sue', password: 'sue-secret-1', registrar: sip.sipPort, toneHz: hz.sue }),
        startBaresip({
          username: '34600111222',
          password: 'unused',
          registrar: sip.sipPort,
          register: false,
          toneHz: hz.caller,
        }),
        startBaresip({
          username: customerNumber,
          password: 'unused',
          registrar: sip.sipPort,
          register: false,
          toneHz: hz.customer,
        }),
      ]);
      await until('Sue’s desk phone to register', async () =>
        (await sip.api('GET', '/users/u_sue/sip')).body.registered ? true : undefined,
      );
      await sip.api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' });
      await sip.api('PUT', '/numbers/n_main/assigned-users', { userIds: ['u_ann'] });
      const configured = await sip.api('PATCH', '/numbers/n_main/settings', {
        strategy: 'sequential',
        noAnswerAction: { kind: 'hang_up' },
        callback: { enabled: true, key: '*', mode: 'auto' },
      });
      expect(configured.status, JSON.stringify(configured.body)).toBe(200);
      // Calls out (the callback) go through the trunk to the customer's phone.
      await sip.api('PUT', '/sip/trunk', {
        allowedSources: ['127.0.0.1'],
        outbound: { host: '127.0.0.1', port: customer.port, transport: 'udp' },
      });
    }, 40_000);

    afterAll(async () => {
      await Promise.all([ann?.stop(), sue?.stop(), caller?.stop(), customer?.stop()]);
      await sip?.close();
    });

    it('R4: listening Sue hears the caller and Ann; whispering, Ann hears her and the caller does not; barging, all three hear each other', async () => {
      const before = Date.now();
      const callId = await callerTalksToAnn();
      const monitor = (method: string, mode: string) =>
        sip.api(method, `/calls/${callId}/monitor`, { mode, userId: 'u_sue' });
      expect((await monitor('POST', 'listen')).status).toBe(204);
      await until_('Sue’s desk phone to join', callId, (entries) =>
        entries.some((entry) => entry.type === 'call.monitor_joined'),
      );
      // Each mode for 2 s of audio, timed from the moment the server took it.
      await sleep(2000);
      expect((await monitor('PUT', 'whisper')).status).toBe(204);
      const whisperAt = Date.now();
      await sleep(2000);
      expect((await monitor('PUT', 'barge')).status).toBe(204);
      const bargeAt = Date.now();
      await sleep(2000);
      await caller.command('hangup');
      const endAt = Date.now();
      await ended(callId);

      const [annHeard, sueHeard, callerHeard] = await Promise.all([
        heardOnCall(ann, before),
        heardOnCall(sue, before),
        heardOnCall(caller, before),
      ]);
      const show = (windows: Array<Set<string>>) => windows.map((set) => [...set].join('+') || '-').join(' ');
      const sueWindows = tonesOver(sueHeard);
      const both = sueWindows.filter((set) => set.has('caller') && set.has('ann')).length;
      // Sue hears the caller and Ann together from the moment she joins (2 s of each of three modes).
      expect(both, show(sueWindows)).toBeGreaterThanOrEqual(8);

      // Ann hears Sue from the whisper on, never before: about the whisper's and the barge's 4 s.
      const annWindows = tonesOver(annHeard);
      const annHearsSue = annWindows.filter((set) => set.has('sue')).length;
      const sinceWhisper = (endAt - whisperAt) / windowMs;
      expect(annHearsSue, show(annWindows)).toBeGreaterThanOrEqual(sinceWhisper - 4);
      expect(annHearsSue, show(annWindows)).toBeLessThanOrEqual(sinceWhisper + 2);

      // The caller hears Sue only once she barges in: the last 2 s, never during the whisper.
      const callerWindows = tonesOver(callerHeard);
      const callerHearsSue = callerWindows.flatMap((set, i) => (set.has('sue') ? [i] : []));
      const sinceBarge = (endAt - bargeAt) / windowMs;
      expect(callerHearsSue.length, show(callerWindows)).toBeGreaterThanOrEqual(sinceBarge - 3);
      expect(callerHearsSue.length, show(callerWindows)).toBeLessThanOrEqual(sinceBarge + 2);
      expect(callerHearsSue[0]!, show(callerWindows)).toBeGreaterThanOrEqual(
        callerWindows.length - sinceBarge - 3,
      );
      expect(
        callerWindows.some((set) => set.has('ann')),
        show(callerWindows),
      ).toBe(true);
    }, 60_000);

    it('R4 (issue 21): Ann holds while Sue listens — Sue keeps hearing Ann, not the held caller; resumed, both again', async () => {
      const before = Date.now();
      const callId = await callerTalksToAnn();
      expect(
        (await sip.api('POST', `/calls/${callId}/monitor`, { mode: 'listen', userId: 'u_sue' })).status,
      ).toBe(204);
      await until_('Sue’s desk phone to join', callId, (entries) =>
        entries.some((entry) => entry.type === 'call.monitor_joined'),
      );
      await sleep(1500);
      expect((await sip.api('POST', `/calls/${callId}/hold`, { userId: 'u_ann' })).status).toBeLessThan(300);
      const holdAt = Date.now();
      await sleep(2500);
      expect((await sip.api('POST', `/calls/${callId}/resume`, { userId: 'u_ann' })).status).toBeLessThan(
        300,
      );
      const resumeAt = Date.now();
      await sleep(1500);
      await caller.command('hangup');
      await ended(callId);
      const sueWindows = tonesOver(await heardOnCall(sue, before));
      const show = sueWindows.map((set) => [...set].join('+') || '-').join(' ');
      const annAlone = sueWindows.filter((set) => set.has('ann') && !set.has('caller')).length;
      const held = (resumeAt - holdAt) / windowMs;
      expect(annAlone, show).toBeGreaterThanOrEqual(held - 3);
      expect(annAlone, show).toBeLessThanOrEqual(held + 2);
      // Before the hold and after the resume she hears the two of them.
      expect(
        sueWindows.filter((set) => set.has('ann') && set.has('caller')).length,
        show,
      ).toBeGreaterThanOrEqual(3);
      expect(sueWindows.at(-2)?.has('caller'), show).toBe(true);
    }, 60_000);

    it('R3: a waiting caller presses * and #; when Ann is free the callback rings the customer’s phone over the trunk and bridges it to her', async () => {
      const busyCall = await callerTalksToAnn();
      await customer.command('dial', `sip:${number}@127.0.0.1:${sip.sipPort}`);
      const waiting = await until(
        'the customer to wait in the queue',
        async () =>
          (
            (await sip.api('GET', '/calls')).body.items as Array<{
              id: string;
              from: string;
              endedAt?: string;
            }>
          ).find((call) => call.from === customerNumber && !call.endedAt)?.id,
      );
      await until_('the callback prompt', waiting, (entries) =>
        entries.some((entry) => entry.type === 'callback.prompted'),
      );
      await customer.command('sndcode', '*');
      await until_('the key to be heard', waiting, (entries) =>
        entries.some((entry) => entry.type === 'call.dtmf_received'),
      );
      await customer.command('sndcode', '#');
      const callbackId = await until(
        'the callback to be requested',
        async () =>
          ((await sip.api('GET', '/callbacks')).body.items as Array<{ callbackId: string }>)[0]?.callbackId,
      );
      await ended(waiting);

      // Ann hangs up on the first caller: the callback is placed with her on the line.
      await ann.command('hangup');
      await ended(busyCall);
      const before = Date.now();
      const placed = await until(
        'the callback’s call',
        async () =>
          (
            (await sip.api('GET', '/calls')).body.items as Array<{
              id: string;
              direction: string;
              to: string;
            }>
          ).find((call) => call.direction === 'outbound' && call.to === customerNumber)?.id,
      );
      await until_('the customer to answer', placed, (entries) =>
        entries.some((entry) => entry.type === 'callback.connected'),
      );
      // They talk until each has heard the other's tone for a half second.
      await Promise.all([
        untilHeard(ann, before, 'Ann to hear the customer', (heard) => loudest(heard, hz.customer) > 0.5),
        untilHeard(customer, before, 'the customer to hear Ann', (heard) => loudest(heard, hz.ann) > 0.5),
      ]);
      await ann.command('hangup');
      await ended(placed);
      const [annHeard, customerHeard] = await Promise.all([
        heardOnCall(ann, before),
        heardOnCall(customer, before),
      ]);
      expect(loudest(annHeard, hz.customer)).toBeGreaterThan(0.5);
      expect(loudest(customerHeard, hz.ann)).toBeGreaterThan(0.5);
      const types = (await history(placed)).map((entry) => entry.type);
      expect(types).toEqual(expect.arrayContaining(['callback.dialing', 'callback.connected']));
      expect((await sip.api('GET', `/calls/${placed}`)).body.outcome).toBe('answered');
      // Answered: the callback is over, no longer among those waiting or under way.
      const open = (await sip.api('GET', '/callbacks')).body.items as Array<{ callbackId: string }>;
      expect(open.map((item) => item.callbackId)).not.toContain(callbackId);
    }, 60_000);
  },
);
