import { encodeWav } from '../media/wav.ts';
import type { Recording } from '../media-plane.ts';
import { frameSamples, type RtpLeg } from './leg.ts';
import { mix } from './mix.ts';

/**
 * What some legs say, mixed to mono tick by tick, so both sides of a call stay in step
 * however their packets arrive. Held in memory until stopped: 8 kHz 16-bit is 57 MB an hour.
 */
export class PlaneRecording implements Recording {
  private readonly frames: Int16Array[] = [];
  private wav: Uint8Array | undefined;

  constructor(
    readonly legs: Set<RtpLeg>,
    private readonly onStop: (recording: PlaneRecording) => void,
  ) {}

  capture(): void {
    this.frames.push(mix(this.legs, new Int16Array(frameSamples)));
  }

  stop(): Uint8Array {
    if (this.wav) return this.wav;
    this.onStop(this);
    const samples = new Int16Array(this.frames.length * frameSamples);
    for (const [index, frame] of this.frames.entries()) samples.set(frame, index * frameSamples);
    this.frames.length = 0;
    this.wav = encodeWav(samples);
    return this.wav;
  }
}
