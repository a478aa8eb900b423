import { createSocket } from 'node:dgram';
import { describe, expect, it } from 'vitest';
import { createMediaPlane } from './index.ts';
import { PlaneFixture, tone } from './test-support/fixture.ts';
import { powerShare } from './test-support/goertzel.ts';
import { TestPeer, until, wait } from './test-support/peer.ts';

const portMin = 30_000 + 2 * Math.floor(Math.random() * 10_000);

const canBind = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createSocket('udp4');
    socket.once('error', () => resolve(false));
    socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
  });

describe('media plane lifecycle (S3)', () => {
  it('hands out even ports of its range and frees them on close', async () => {
    const plane = createMediaPlane({ address: '127.0.0.1', portMin, portMax: portMin + 3 });
    const first = await plane.openLeg('a');
    const second = await plane.openLeg('b');
    expect([first.local.port, second.local.port].sort()).toEqual([portMin, portMin + 2]);
    await expect(plane.openLeg('c')).rejects.toThrow(/no free RTP port/);
    first.close();
    await wait(20);
    const third = await plane.openLeg('c');
    expect(third.local.port).toBe(first.local.port);
    await plane.close();
    expect(await canBind(portMin)).toBe(true);
    expect(await canBind(portMin + 2)).toBe(true);
  });

  it('says a leg is inactive after the configured silence, not while the peer holds the call', async () => {
    const plane = createMediaPlane({
      address: '127.0.0.1',
      portMin: portMin + 10,
      portMax: portMin + 30,
      inactivityMs: 300,
    });
    const talking = await TestPeer.open();
    const holding = await TestPeer.open();
    const leg = await plane.openLeg('talking');
    const held = await plane.openLeg('held');
    leg.connect(talking.media('PCMU'));
    held.connect(holding.media('PCMU', { direction: 'inactive' }));
    const inactive: string[] = [];
    leg.onInactive(() => inactive.push('talking'));
    held.onInactive(() => inactive.push('held'));
    await talking.say(new Int16Array(160 * 20), 'PCMU', leg.local);
    expect(inactive).toEqual([]);
    await until(() => inactive.length > 0, 1500);
    await wait(350);
    expect(inactive).toEqual(['talking']);
    await plane.close();
    await Promise.all([talking.close(), holding.close()]);
  });

  it('plays the hold music it was given, looped, rather than its own melody', async () => {
    const fixture = new PlaneFixture({ holdMusic: tone(600, 100) });
    const { leg, peer } = await fixture.call('PCMA');
    leg.play({ kind: 'hold_music' });
    peer.clear();
    await until(() => peer.packets.length >= 20);
    const heard = peer.heard();
    expect(powerShare(heard.subarray(0, 3200), 600)).toBeGreaterThan(0.8);
    await fixture.close();
    expect(() =>
      createMediaPlane({ address: '127.0.0.1', portMin, portMax: portMin + 2, holdMusic: new Int16Array(0) }),
    ).toThrow(/holdMusic/);
  });
});
