import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../engine/events.ts';
import { AudioWriter, maxAudioMs, simulatedAudio } from './audio-writer.ts';
import { MemoryMediaStore } from './store.ts';
import { readWavInfo } from './wav.ts';

const stored = (event: StoredEvent['event'], workspaceId = 'acme'): StoredEvent =>
  ({ workspaceId, seq: 1, at: 0, event }) as StoredEvent;

const voicemailLeft = (durationMs: number) =>
  stored({
    type: 'call.voicemail_left',
    callId: 'call_1',
    voicemailId: 'vm_call_1',
    numberId: 'n1',
    from: '+34600111222',
    durationMs,
  } as StoredEvent['event']);

describe('simulated audio', () => {
  it('is a WAV as long as the event says, capped at 30 s', () => {
    expect(readWavInfo(simulatedAudio('voicemail', 15_000))?.durationMs).toBe(15_000);
    expect(readWavInfo(simulatedAudio('recording', 45_000))?.durationMs).toBe(maxAudioMs);
    expect(readWavInfo(simulatedAudio('recording', 0))?.durationMs).toBe(0);
  });

  it('sounds different for a voicemail and a recording', () => {
    expect(simulatedAudio('voicemail', 1000).equals(simulatedAudio('recording', 1000))).toBe(false);
  });
});

describe('AudioWriter', () => {
  it('writes a voicemail’s and a recording’s audio once their events are committed, and nothing else', async () => {
    const media = new MemoryMediaStore();
    const writer = new AudioWriter(media);
    writer.write([
      stored({
        type: 'call.recording_started',
        callId: 'call_2',
        recordingId: 'rec_call_2',
      } as StoredEvent['event']),
      voicemailLeft(2_000),
      stored({
        type: 'call.recording_stopped',
        callId: 'call_2',
        recordingId: 'rec_call_2',
        durationMs: 3_000,
        numberId: 'n1',
        from: '+34600111222',
      } as StoredEvent['event']),
    ]);
    await writer.idle();
    expect(readWavInfo((await media.open('acme', 'vm_call_1'))!)?.durationMs).toBe(2_000);
    expect(readWavInfo((await media.open('acme', 'rec_call_2'))!)?.durationMs).toBe(3_000);
  });

  it('returns before writing, and reports a failed write instead of throwing', async () => {
    const errors: unknown[] = [];
    const failing = {
      put: async () => Promise.reject(new Error('disk full')),
      open: async () => undefined,
      remove: async () => {},
    };
    const writer = new AudioWriter(failing, (error) => errors.push(error));
    writer.write([voicemailLeft(1_000)]);
    expect(errors).toEqual([]);
    await writer.idle();
    expect(errors).toEqual([new Error('disk full')]);
  });
});
