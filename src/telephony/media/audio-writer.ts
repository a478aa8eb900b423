import type { Event, StoredEvent } from '../../engine/events.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import type { MediaStore } from './store.ts';
import { sampleCount, synthesize, type TonePattern } from './tone.ts';
import { encodeWav } from './wav.ts';

/** Files stay small: the record keeps the true duration, the simulated audio stops at 30 s. */
export const maxAudioMs = 30_000;

export type AudioKind = 'voicemail' | 'recording';

/** Two patterns, so a person listening can tell a voicemail from a call recording. */
const patterns: Record<AudioKind, TonePattern> = {
  voicemail: { frequencies: [440, 554, 659], stepMs: 300 },
  recording: { frequencies: [392, 523], stepMs: 500 },
};

/** The audio a committed event calls for: a voicemail left, or a recording stopped. */
export function audioDue(event: Event): { id: string; kind: AudioKind; durationMs: number } | undefined {
  if (event.type === 'call.voicemail_left')
    return { id: event.voicemailId, kind: 'voicemail', durationMs: event.durationMs };
  if (event.type === 'call.recording_stopped')
    return { id: event.recordingId, kind: 'recording', durationMs: event.durationMs };
  return undefined;
}

// Synthesized once per kind at the longest length; every file is a prefix of it.
const longest: Partial<Record<AudioKind, Int16Array>> = {};

/** A WAV file of `durationMs` (capped at `maxAudioMs`) of the kind's pattern. */
export function simulatedAudio(kind: AudioKind, durationMs: number): Buffer {
  longest[kind] ??= synthesize(patterns[kind], maxAudioMs);
  return encodeWav(longest[kind].subarray(0, sampleCount(Math.min(durationMs, maxAudioMs))));
}

const warn = (error: unknown) =>
  process.emitWarning(`audio file not written: ${error instanceof Error ? error.message : String(error)}`);

/**
 * Writes the simulated network's audio once the events that call for it are committed.
 * Writes run after the commit's listeners return, so they never hold up the engine.
 */
export class AudioWriter {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly media: MediaStore,
    private readonly onError: (error: unknown) => void = warn,
    /** Calls whose audio a real driver records (SIP): never overwritten with simulated audio. */
    private readonly recordedElsewhere: (workspaceId: string, callId: string) => boolean = () => false,
  ) {}

  /** Follows the batches this node commits (another node writes its own); returns the unsubscribe function. */
  follow(runtime: Pick<Runtime, 'subscribe'>): () => void {
    return runtime.subscribe((batch, source) => {
      if (!source.replica) this.write(batch);
    });
  }

  /** Starts writing the audio a committed batch calls for; returns at once. */
  write(batch: StoredEvent[]): void {
    for (const { workspaceId, event } of batch) {
      const due = audioDue(event);
      if (!due || ('callId' in event && this.recordedElsewhere(workspaceId, event.callId))) continue;
      const writing = this.writeOne(workspaceId, due.id, due.kind, due.durationMs);
      this.pending.add(writing);
      void writing.then(() => this.pending.delete(writing));
    }
  }

  /** Resolves once every write started so far has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  private async writeOne(
    workspaceId: string,
    id: string,
    kind: AudioKind,
    durationMs: number,
  ): Promise<void> {
    // The runtime calls listeners inside its commit path: synthesize on a later turn instead.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      await this.media.put(workspaceId, id, simulatedAudio(kind, durationMs));
    } catch (error) {
      this.onError(error);
    }
  }
}
