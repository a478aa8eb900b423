import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdMusicBass, holdMusicMelody } from '../../src/telephony/rtp/sounds.ts';
import { powerShare, rms } from '../../src/telephony/rtp/test-support/goertzel.ts';
import { type Baresip, sipPeers, startBaresip, until } from './support/peers.ts';
import { heardOnCall, untilHeard } from './support/recordings.ts';
import { type SipTestServer, startSipServer } from './support/server.ts';

const peers = sipPeers();
const number = '+34910000001';
/** Each phone's microphone: tones the hold music never holds (its notes are 175–1047 Hz and their octaves). */
const annHz = 1300;
const bobHz = 1500;
const musicHz = [...new Set([...holdMusicMelody, ...holdMusicBass])];

type Heard = 'ann' | 'bob' | 'music' | 'quiet' | 'other';

/** What a half second of the caller's audio is: an agent's voice (tone), the hold music, or neither. */
function classify(window: Int16Array): Heard {
  if (rms(window) < 200) return 'quiet';
  if (powerShare(window, annHz) > 0.5) return 'ann';
  if (powerShare(window, bobHz) > 0.5) return 'bob';
  const music = musicHz.reduce((sum, hz) => sum + powerShare(window, hz), 0);
  // The music's notes hold a share of 0.25–0.7 of a half second; an agent leaking in would add its tone.
  if (music > 0.2 && powerShare(window, annHz) < 0.02 && powerShare(window, bobHz) < 0.02) return 'music';
  return 'other';
}

/** What the caller heard, half second by half second. */
const timelineOf = (heard: Int16Array): Heard[] =>
  Array.from({ length: Math.floor(heard.length / 4000) }, (_, i) =>
    classify(heard.subarray(i * 4000, (i + 1) * 4000)),
  );

describe.skipIf(!peers.available)(
  'S4, T2 over SIP: an assisted transfer, heard from the caller’s phone (issue 13 item 5)',
  () => {
    let sip: SipTestServer;
    let ann: Baresip;
    let bob: Baresip;
    let caller: Baresip;

    beforeAll(async () => {
      sip = await startSipServer();
      for (const [id, name] of [
        ['u_ann', 'ann'],
        ['u_bob', 'bob'],
      ] as const) {
        await sip.api('POST', '/users', { id, name, email: `${name}@acme.test`, role: 'agent' });
        await sip.api('PUT', `/users/${id}/presence`, { presence: 'online' });
        await sip.api('PUT', `/users/${id}/sip`, { username: name, password: `${name}-secret-1` });
      }
      await sip.api('POST', '/numbers', { e164: number, kind: 'sip', id: 'n_main' });
      await sip.api('PUT', '/numbers/n_main/assigned-users', { userIds: ['u_ann'] });
      [ann, bob, caller] = await Promise.all([
        startBaresip({ username: 'ann', password: 'ann-secret-1', registrar: sip.sipPort, toneHz: annHz }),
        startBaresip({ username: 'bob', password: 'bob-secret-1', registrar: sip.sipPort, toneHz: bobHz }),
        startBaresip({
          username: '34600111222',
          password: 'unused',
          registrar: sip.sipPort,
          register: false,
          toneHz: 700,
        }),
      ]);
      for (const id of ['u_ann', 'u_bob'])
        await until(`${id}'s phone to register`, async () =>
          (await sip.api('GET', `/users/${id}/sip`)).body.registered ? true : undefined,
        );
    }, 40_000);

    afterAll(async () => {
      await Promise.all([ann?.stop(), bob?.stop(), caller?.stop()]);
      await sip?.close();
    });

    it('Ann consults Bob while the caller hears hold music (never the consult), then completes: the caller talks to Bob', async () => {
      const since = Date.now();
      await caller.command('dial', `sip:${number}@127.0.0.1:${sip.sipPort}`);
      const callId = await until('Ann to answer', async () => {
        const call = (await sip.api('GET', '/calls')).body.items[0];
        if (!call) return undefined;
        const history = (await sip.api('GET', `/calls/${call.id}`)).body.history as Array<{ type: string }>;
        return history.some((entry) => entry.type === 'call.leg_answered') ? call.id : undefined;
      });
      await untilHeard(caller, since, 'the caller to hear Ann', (heard) => timelineOf(heard).includes('ann'));
      // Seed 000: a transfer starts from a held call (the caller hears hold music from here on).
      expect((await sip.api('POST', `/calls/${callId}/hold`, { userId: 'u_ann' })).status).toBeLessThan(300);
      const started = await sip.api('POST', `/calls/${callId}/transfer`, {
        target: { kind: 'user', userId: 'u_bob' },
        method: 'assisted',
        userId: 'u_ann',
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      await until('Bob to answer the consult', async () => {
        const history = (await sip.api('GET', `/calls/${callId}`)).body.history as Array<{
          type: string;
          data: { userId?: string };
        }>;
        return history.some(
          (entry) =>
            entry.type.startsWith('call.') && entry.data.userId === 'u_bob' && /answer/.test(entry.type),
        )
          ? true
          : undefined;
      });
      // The consult goes on until the caller has heard 2 s of hold music (what is checked below).
      await untilHeard(
        caller,
        since,
        'the caller to hear 2 s of hold music',
        (heard) => timelineOf(heard).filter((heardThen) => heardThen === 'music').length >= 4,
      );
      const completed = await sip.api('POST', `/calls/${callId}/transfer/complete`, { userId: 'u_ann' });
      expect(completed.status, JSON.stringify(completed.body)).toBeLessThan(300);
      await untilHeard(caller, since, 'the caller to hear Bob', (heard) => {
        const timeline = timelineOf(heard);
        return timeline.lastIndexOf('bob') > timeline.lastIndexOf('music');
      });
      await caller.command('hangup');
      await until('the call to end', async () =>
        (await sip.api('GET', `/calls/${callId}`)).body.endedAt ? true : undefined,
      );

      const timeline = timelineOf(await heardOnCall(caller, since));
      const summary = timeline.join(' ');
      const firstMusic = timeline.indexOf('music');
      const lastMusic = timeline.lastIndexOf('music');
      // Ann first, then at least 2 s of hold music during the consult, then Bob; Bob never before the music.
      expect(timeline.slice(0, firstMusic).includes('ann'), summary).toBe(true);
      expect(timeline.filter((heardThen) => heardThen === 'music').length, summary).toBeGreaterThanOrEqual(4);
      expect(timeline.slice(0, firstMusic).includes('bob'), summary).toBe(false);
      expect(timeline.slice(lastMusic + 1).includes('bob'), summary).toBe(true);
      // During the consult (between the first and last music) neither agent is heard.
      const consult = timeline.slice(firstMusic, lastMusic + 1);
      expect(consult.includes('ann') || consult.includes('bob'), summary).toBe(false);
    }, 60_000);
  },
);
