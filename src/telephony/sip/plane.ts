import type { MediaPlane } from '../media-plane.ts';
import { createMediaPlane } from '../rtp/index.ts';

export interface PlaneOptions {
  address: string;
  portMin: number;
  portMax: number;
}

/** The RTP media plane (src/telephony/rtp, S3) that SIP telephony anchors every call's audio on. */
export async function loadMediaPlane(options: PlaneOptions): Promise<MediaPlane> {
  return createMediaPlane(options);
}
