import type { MediaPlane } from '../../../src/telephony/media-plane.ts';
import { loadMediaPlane } from '../../../src/telephony/sip/plane.ts';

/** The real RTP plane for SIP end-to-end tests, on a port range of its own per test file. */
export async function testPlane(): Promise<MediaPlane> {
  const portMin = 30_000 + Math.floor(Math.random() * 300) * 100;
  return loadMediaPlane({ address: '127.0.0.1', portMin, portMax: portMin + 99 });
}
