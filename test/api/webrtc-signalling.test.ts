import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DeviceRegistry } from '../../src/telephony/devices.ts';
import { PlaneFixture, tone } from '../../src/telephony/rtp/test-support/fixture.ts';
import { powerShare } from '../../src/telephony/rtp/test-support/goertzel.ts';
import { until, wait } from '../../src/telephony/rtp/test-support/peer.ts';
import { WeriftBrowser } from '../../src/telephony/webrtc/test-support/werift-browser.ts';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

// biome-ignore lint/suspicious/noExplicitAny: the stream's messages have many shapes.
type Message = any;

let server: TestServer;
let fixture: PlaneFixture;
let origin: string;
let tokens: Record<string, string>;
const registry = new DeviceRegistry();

function connect(token: string) {
  const socket = new WebSocket(`${origin.replace('http', 'ws')}/v1/stream?token=${token}`);
  const messages: Message[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const next = async (type: string, after = 0) => {
    await until(() => messages.slice(after).some((m) => m.type === type), 5000);
    const found = messages.slice(after).find((m) => m.type === type);
    if (!found) throw new Error(`no ${type} in ${JSON.stringify(messages)}`);
    return found;
  };
  const opened = new Promise((resolve) => socket.once('open', resolve));
  return { socket, messages, next, opened, send: (value: unknown) => socket.send(JSON.stringify(value)) };
}

beforeAll(async () => {
  fixture = new PlaneFixture();
  server = await startTestServer(undefined, {
    webrtc: { registry, plane: fixture.plane, address: '127.0.0.1', disconnectedGraceMs: 2000 },
  });
  ({ tokens } = await seedWorkspace(server));
  origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
  await fixture.close();
});

describe('the console as a browser phone over /v1/stream (issue 15 item 2)', () => {
  it('registers, negotiates a leg bridged to an RTP phone, and unregisters when the socket closes', async () => {
    const page = connect(tokens.agent!);
    await page.opened;
    expect((await page.next('hello')).webrtc).toBe(true);
    expect(registry.devicesOf('acme', 'u_agent')).toEqual([]);

    page.send({ type: 'webrtc.register' });
    const { deviceId } = await page.next('webrtc.registered');
    const [device] = registry.devicesOf('acme', 'u_agent');
    expect(device).toMatchObject({ kind: 'browser', id: deviceId, workspaceId: 'acme', userId: 'u_agent' });

    // The agent presses Answer on this console; the driver opens the browser's leg there and bridges it.
    page.send({ type: 'webrtc.answering', legId: 'leg_7' });
    await until(() => registry.answeringBrowser('acme', 'u_agent', 'leg_7') !== undefined);
    expect(registry.answeringBrowser('acme', 'u_agent', 'leg_8')).toBeUndefined();
    const browser = new WeriftBrowser('PCMU');
    const phone = registry.answeringBrowser('acme', 'u_agent', 'leg_7');
    const opening = phone!.openLeg('call_1.agent');
    const offer = await page.next('webrtc.offer');
    expect(offer.legId).toBe('call_1.agent');
    page.send({ type: 'webrtc.answer', legId: offer.legId, sdp: await browser.answer(offer.sdp) });
    const browserLeg = await opening;
    await browser.connected();
    const { leg: caller, peer } = await fixture.call('PCMA');
    fixture.plane.bridge(browserLeg.leg, caller);
    await Promise.all([browser.say(tone(1400, 500)), peer.say(tone(1000, 500), 'PCMA', caller.local)]);
    await wait(60);
    expect(powerShare(peer.heard(), 1400)).toBeGreaterThan(0.8);
    expect(powerShare(browser.heard(), 1000)).toBeGreaterThan(0.8);

    const ends: string[] = [];
    browserLeg.onEnded((reason) => ends.push(reason));
    page.socket.close();
    await until(() => ends.length > 0, 3000);
    expect(ends).toEqual(['browser device gone']);
    expect(registry.devicesOf('acme', 'u_agent')).toEqual([]);
    await browser.close();
  });

  it('refuses bad messages naming the field, and changes nothing', async () => {
    const page = connect(tokens.agent!);
    await page.opened;
    await page.next('hello');
    page.send({ type: 'webrtc.answer', legId: 'x', sdp: 'v=0\r\n' });
    expect((await page.next('webrtc.error')).error).toBe('type: send webrtc.register first');
    page.send({ type: 'webrtc.register' });
    await page.next('webrtc.registered');
    const seen = page.messages.length;
    page.send({ type: 'webrtc.answer', legId: 'nope', sdp: 'v=0\r\n' });
    expect((await page.next('webrtc.error', seen)).error).toBe('legId: no open leg nope on this console');
    const again = page.messages.length;
    page.send({ type: 'webrtc.candidate', legId: 'nope', candidate: 'x' });
    expect((await page.next('webrtc.error', again)).error).toMatch(/^candidate: must be an object/);
    expect(registry.devicesOf('acme', 'u_agent')).toHaveLength(1);
    await expect(registry.browsersOf('acme', 'u_agent')[0]!.openLeg('no spaces')).rejects.toThrow(
      /legId must be/,
    );
    page.socket.close();
    await until(() => registry.devicesOf('acme', 'u_agent').length === 0);
    expect(registry.devicesOf('acme', 'u_agent')).toEqual([]);
  });

  it('ends the device when its session signs out (a device belongs to one session)', async () => {
    const session = await server.request('POST', '/v1/sessions', {
      body: { email: 'alex@acme.test', password: 'correct horse', workspaceId: 'acme' },
    });
    const page = connect(session.body.token);
    await page.opened;
    page.send({ type: 'webrtc.register' });
    await page.next('webrtc.registered');
    expect(registry.devicesOf('acme', 'u_agent')).toHaveLength(1);
    const out = await server.request('DELETE', '/v1/sessions/current', { token: session.body.token });
    expect(out.status).toBeLessThan(300);
    await until(() => registry.devicesOf('acme', 'u_agent').length === 0, 3000);
    expect(registry.devicesOf('acme', 'u_agent')).toEqual([]);
  });
});
