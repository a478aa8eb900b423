import type { Tx } from '../tx.ts';
import type { Call } from './call.ts';

/**
 * V2: a recording per connected segment of a call, all listed on the one call. The first is
 * `rec_<call>`, later segments (after a transfer) `rec_<call>_2`, `_3`, …
 */
export function startRecording(tx: Tx, call: Call): void {
  if (!tx.state.numbers[call.numberId]?.settings.record || call.recordingId) return;
  const segment = (call.recordingSegments ?? 0) + 1;
  const recordingId = segment === 1 ? `rec_${call.id}` : `rec_${call.id}_${segment}`;
  tx.emit({ type: 'call.recording_started', callId: call.id, recordingId });
}

export function stopRecording(tx: Tx, call: Call): void {
  if (!call.recordingId) return;
  tx.emit({
    type: 'call.recording_stopped',
    callId: call.id,
    recordingId: call.recordingId,
    durationMs: tx.now - (call.recordingStartedAt ?? tx.now),
    numberId: call.numberId,
    from: call.from,
  });
}
