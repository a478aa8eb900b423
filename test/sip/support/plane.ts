import type { MediaPlane } from '../../../src/telephony/media-plane.ts';
import { loadMediaPlane } from '../../../src/telephony/sip/plane.ts';

/**
 * The real RTP plane for SIP end-to-end tests, on a port range of its own per test file,
 * below the kernel's ephemeral range (32768 and up): the peers' ports come from freePort,
 * that is from the ephemeral range, and a plane binding one of those first made the peer fail.
 */
export async function testPlane(): Promise<MediaPlane> {
  const portMin = 10_000 + Math.floor(Math.random() * 220) * 100;
  return loadMediaPlane({ address: '127.0.0.1', portMin, portMax: portMin + 99 });
}
