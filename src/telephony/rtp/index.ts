/**
 * The RTP media plane (SPEC S3): anchored G.711 legs over UDP, for tens of concurrent calls on
 * one node (see BENCHMARKS.md, "RTP media relay"). In production, rtpengine in front handles
 * NAT, SRTP and scale. RTCP is neither sent nor read: the odd port above each leg's even RTP
 * port is left free for it, and RTCP multiplexed onto the RTP port is dropped.
 */
import type { MediaPlane } from '../media-plane.ts';
import { RtpMediaPlane } from './plane.ts';

export function createMediaPlane(options: {
  address: string;
  portMin: number;
  portMax: number;
  inactivityMs?: number;
  holdMusic?: Int16Array;
}): MediaPlane {
  return new RtpMediaPlane(options);
}
