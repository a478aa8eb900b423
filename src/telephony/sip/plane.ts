import type { MediaPlane } from '../media-plane.ts';

export interface PlaneOptions {
  address: string;
  portMin: number;
  portMax: number;
}

/**
 * The RTP media plane (src/telephony/rtp, S3), loaded when SIP telephony starts. It is
 * imported by a computed path so the SIP driver builds on its own; a build without the
 * plane fails here with a clear message rather than at import time.
 */
export async function loadMediaPlane(options: PlaneOptions): Promise<MediaPlane> {
  const path = '../rtp/index.ts';
  let module: { createMediaPlane?: (options: PlaneOptions) => MediaPlane };
  try {
    module = await import(path);
  } catch (error) {
    throw new Error(`the RTP media plane (src/telephony/rtp) is not part of this build: ${String(error)}`);
  }
  if (!module.createMediaPlane) throw new Error('src/telephony/rtp exports no createMediaPlane');
  return module.createMediaPlane(options);
}
