import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlaneFixture, tone } from '../rtp/test-support/fixture.ts';
import { powerShare } from '../rtp/test-support/goertzel.ts';
import { until, wait } from '../rtp/test-support/peer.ts';
import { answeredCodec, BrowserLeg } from './browser-leg.ts';
import { WeriftBrowser } from './test-support/werift-browser.ts';

let fixture: PlaneFixture;

beforeAll(() => {
  fixture = new PlaneFixture();
});

afterAll(() => fixture.close());

async function browserCall(codec: 'PCMU' | 'PCMA') {
  const browser = new WeriftBrowser(codec);
  const offers: string[] = [];
  const ends: string[] = [];
  const browserLeg = await BrowserLeg.open({
    plane: fixture.plane,
    disconnectedGraceMs: 2000,
    id: `browser-${codec}`,
    address: '127.0.0.1',
    signals: { offer: (sdp) => offers.push(sdp), ended: (reason) => ends.push(reason) },
  });
  await browserLeg.answer(await browser.answer(offers[0]!));
  await browser.connected();
  return { browser, browserLeg, offer: offers[0]!, ends };
}

describe('the browser leg: WebRTC terminated by Switchboard (issue 15 item 1, S6)', () => {
  it('offers PCMU and PCMA only, over DTLS-SRTP, with candidates on the configured address only', async () => {
    const { browser, browserLeg, offer } = await browserCall('PCMU');
    expect(offer).toMatch(/^m=audio \d+ UDP\/TLS\/RTP\/SAVPF 0 8\r?$/m);
    expect(offer).not.toMatch(/opus|a=crypto/i);
    expect(offer).toMatch(/a=fingerprint:sha-256/);
    const candidates = offer.split('\r\n').filter((line) => line.startsWith('a=candidate:'));
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((line) => line.split(' ')[4] === '127.0.0.1')).toBe(true);
    browserLeg.close();
    await browser.close();
  });

  it('is bridged to an RTP leg: each side hears the other’s tone', async () => {
    const { browser, browserLeg } = await browserCall('PCMA');
    const { leg: phone, peer } = await fixture.call('PCMU');
    fixture.plane.bridge(browserLeg.leg, phone);
    await Promise.all([browser.say(tone(1400, 600)), peer.say(tone(1000, 600), 'PCMU', phone.local)]);
    await wait(80);
    expect(peer.heard().length).toBeGreaterThan(3200);
    expect(powerShare(peer.heard(), 1400)).toBeGreaterThan(0.8);
    expect(browser.heard().length).toBeGreaterThan(3200);
    expect(powerShare(browser.heard(), 1000)).toBeGreaterThan(0.8);

    const ends: string[] = [];
    browserLeg.onEnded((reason) => ends.push(reason));
    phone.close();
    browserLeg.close();
    expect(ends).toEqual(['hung up']);
    await browser.close();
  });

  it('ends when the browser closes its peer connection, telling the listeners why', async () => {
    const { browser, browserLeg, ends } = await browserCall('PCMU');
    const speaking = setInterval(() => browser.sendFrame(new Int16Array(160)), 20);
    await wait(300);
    expect(ends).toEqual([]);
    clearInterval(speaking);
    const closedAt = performance.now();
    await browser.close();
    await until(() => ends.length > 0, 8000);
    expect(ends[0]).toMatch(/browser media (closed|lost|failed)/);
    expect(performance.now() - closedAt).toBeLessThan(6000);
    expect(() => fixture.plane.bridge(browserLeg.leg, browserLeg.leg)).toThrow(/not open/);
  });

  it('reads the answered codec from the SDP, refusing one without G.711', () => {
    expect(answeredCodec('v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 8 0\r\n')).toEqual({
      codec: 'PCMA',
      payloadType: 8,
    });
    expect(answeredCodec('v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n')).toBeUndefined();
  });
});
