import type { AudioSource } from '../media-plane.ts';
import { tones } from './sounds.ts';

/**
 * Plays PCM into 20 ms frames: once (then it has ended) or looped. Silence is an empty
 * sound that loops, so a silent leg still sends packets, which keeps the peer's media timers
 * and any NAT binding alive.
 */
export class Player {
  private position = 0;
  ended = false;

  constructor(
    private readonly pcm: Int16Array,
    private readonly loop: boolean,
    readonly onEnd?: () => void,
  ) {}

  /** Fills `frame` with the next samples (zeros past the end); true once a non-looping sound has ended. */
  next(frame: Int16Array): boolean {
    frame.fill(0);
    if (this.ended) return true;
    const { pcm } = this;
    for (let i = 0; i < frame.length && pcm.length > 0; i++) {
      if (this.position >= pcm.length) {
        if (!this.loop) break;
        this.position = 0;
      }
      frame[i] = pcm[this.position++]!;
    }
    if (!this.loop && this.position >= pcm.length) this.ended = true;
    return this.ended;
  }
}

export const silence = () => new Player(new Int16Array(0), true);

export function playerFor(source: AudioSource, holdMusic: Int16Array, onEnd?: () => void): Player {
  switch (source.kind) {
    case 'silence':
      return new Player(new Int16Array(0), true, onEnd);
    case 'tone':
      if (!Object.hasOwn(tones, source.tone))
        throw new TypeError(`source.tone must be ringback, busy or beep`);
      return new Player(tones[source.tone], source.tone !== 'beep', onEnd);
    case 'hold_music':
      return new Player(holdMusic, true, onEnd);
    case 'prompt':
      if (!(source.pcm instanceof Int16Array))
        throw new TypeError('source.pcm must be an Int16Array of 8 kHz samples');
      return new Player(source.pcm, source.loop === true, onEnd);
    default:
      throw new TypeError(`source.kind must be silence, tone, hold_music or prompt`);
  }
}
