import { conflict, invalid } from '../../domain/errors.ts';
import type { Tx } from '../tx.ts';
import type { Call, Leg } from './call.ts';

/**
 * Call quality measured on an agent's media leg (issue 15 item 4): what the telephony driver
 * sampled from the leg's RTP/RTCP. The engine only validates and records it on the call's
 * history; the figures are the driver's.
 */
export interface CallQuality {
  /** Interarrival jitter of the audio the leg received, in milliseconds. */
  jitterMs: number;
  /** Share of the leg's packets lost, 0–100. */
  lossPercent: number;
  /** Round-trip time to the phone, in milliseconds, when RTCP or ICE measured it. */
  rttMs?: number;
  /** Mean opinion score estimated from the above (E-model, G.711): 1–5. */
  mos: number;
}

const bounded = (field: string, value: unknown, max: number): number => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max)
    throw invalid(field, `${field} must be a number from 0 to ${max}`);
  return Math.round(value * 100) / 100;
};

/** Validates the figures and records them on the call, for a leg that is connected. */
export function recordQuality(tx: Tx, call: Call, leg: Leg, quality: CallQuality): void {
  if (leg.status !== 'connected') throw conflict(`leg ${leg.id} is not connected`, 'legId');
  const jitterMs = bounded('quality.jitterMs', quality?.jitterMs, 60_000);
  const lossPercent = bounded('quality.lossPercent', quality?.lossPercent, 100);
  const rttMs = quality.rttMs === undefined ? undefined : bounded('quality.rttMs', quality.rttMs, 60_000);
  const mos = bounded('quality.mos', quality.mos, 5);
  if (mos < 1) throw invalid('quality.mos', 'quality.mos must be a number from 1 to 5');
  tx.emit({
    type: 'call.quality_recorded',
    callId: call.id,
    legId: leg.id,
    ...(leg.userId ? { userId: leg.userId } : {}),
    jitterMs,
    lossPercent,
    ...(rttMs === undefined ? {} : { rttMs }),
    mos,
  });
}
