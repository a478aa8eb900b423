/** A media plane on 127.0.0.1 and test phones connected to its legs, shared by a test file. */
import { synthesize } from '../../media/tone.ts';
import type { Codec, MediaLeg, MediaPlane } from '../../media-plane.ts';
import { createMediaPlane } from '../index.ts';
import { TestPeer } from './peer.ts';

export const tone = (frequency: number, ms: number) =>
  synthesize({ frequencies: [frequency], stepMs: ms }, ms);

export class PlaneFixture {
  readonly plane: MediaPlane;
  private readonly peers: TestPeer[] = [];
  private legCount = 0;

  constructor(options: { inactivityMs?: number; holdMusic?: Int16Array } = {}) {
    // A random block of even ports, so parallel test files rarely meet (a taken port is skipped anyway).
    const portMin = 20_000 + 2 * Math.floor(Math.random() * 20_000);
    this.plane = createMediaPlane({ address: '127.0.0.1', portMin, portMax: portMin + 200, ...options });
  }

  async peer(): Promise<TestPeer> {
    const peer = await TestPeer.open();
    this.peers.push(peer);
    return peer;
  }

  /** A leg connected to a new test phone speaking `codec`. */
  async call(codec: Codec = 'PCMU'): Promise<{ leg: MediaLeg; peer: TestPeer }> {
    const peer = await this.peer();
    const leg = await this.plane.openLeg(`leg-${++this.legCount}`);
    leg.connect(peer.media(codec));
    return { leg, peer };
  }

  async close(): Promise<void> {
    await this.plane.close();
    await Promise.all(this.peers.map((peer) => peer.close()));
  }
}
