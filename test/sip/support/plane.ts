import dgram from 'node:dgram';
import { encodeWav } from '../../../src/telephony/media/wav.ts';
import type { MediaLeg, MediaPlane } from '../../../src/telephony/media-plane.ts';
import { loadMediaPlane } from '../../../src/telephony/sip/plane.ts';

/**
 * The media plane for SIP end-to-end tests: the real RTP plane (src/telephony/rtp) when the
 * build has it. Until it is merged, a plane that only holds a real UDP port per leg stands
 * in, so SDP stays truthful; tests that assert on audio must check `real` and say so.
 */
export async function testPlane(): Promise<{ plane: MediaPlane; real: boolean }> {
  const portMin = 30_000 + Math.floor(Math.random() * 300) * 100;
  try {
    return {
      plane: await loadMediaPlane({ address: '127.0.0.1', portMin, portMax: portMin + 99 }),
      real: true,
    };
  } catch {
    console.warn('RTP media plane not in this build: SIP tests check signalling only');
    return { plane: new PortsOnlyPlane(), real: false };
  }
}

class PortsOnlyPlane implements MediaPlane {
  private readonly sockets = new Set<dgram.Socket>();

  async openLeg(id: string): Promise<MediaLeg> {
    const socket = dgram.createSocket('udp4');
    socket.on('message', () => {});
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    this.sockets.add(socket);
    const close = () => {
      if (this.sockets.delete(socket)) socket.close();
    };
    return {
      id,
      local: { address: '127.0.0.1', port: socket.address().port },
      connect: () => {},
      play: () => {},
      onDigit: () => {},
      sendDigit: () => {},
      onInactive: () => {},
      close,
    };
  }

  bridge(): void {}
  conference(): void {}
  record() {
    return { stop: () => encodeWav(new Int16Array(0)) };
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.close();
    this.sockets.clear();
  }
}
