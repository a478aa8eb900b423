import type { CallQuality } from '../../engine/voice/quality.ts';

/** What one look at a browser leg's peer connection gives (werift's getStats). */
export interface LegStats {
  packetsReceived: number;
  packetsLost: number;
  /** Seconds, as getStats reports it. */
  jitter?: number;
  /** Seconds: RTCP's round trip, else ICE's. */
  roundTripTime?: number;
}

/** The figures a leg's stats give, with a MOS estimate (issue 15 item 4). */
export function qualityOf(stats: LegStats): CallQuality {
  const expected = stats.packetsReceived + Math.max(0, stats.packetsLost);
  const lossPercent = expected === 0 ? 0 : (100 * Math.max(0, stats.packetsLost)) / expected;
  const jitterMs = (stats.jitter ?? 0) * 1000;
  const rttMs = stats.roundTripTime === undefined ? undefined : stats.roundTripTime * 1000;
  return {
    jitterMs: round(jitterMs),
    lossPercent: round(lossPercent),
    ...(rttMs === undefined ? {} : { rttMs: round(rttMs) }),
    mos: estimateMos({ jitterMs, lossPercent, rttMs: rttMs ?? 0 }),
  };
}

/**
 * ITU-T G.107's E-model, simplified as is usual for VoIP monitoring: the delay impairment from
 * the one-way latency (half the round trip, plus a jitter buffer of twice the jitter, plus the
 * codec's 10 ms) and G.711's equipment impairment from random loss (Bpl 25.1, with
 * concealment); R converted to a 1–5 MOS.
 */
export function estimateMos(figures: { jitterMs: number; lossPercent: number; rttMs: number }): number {
  const latency = figures.rttMs / 2 + 2 * figures.jitterMs + 10;
  const delay = latency < 160 ? latency / 40 : (latency - 120) / 10;
  const loss = Math.min(100, Math.max(0, figures.lossPercent));
  const equipment = (95 * loss) / (loss + 25.1);
  const r = Math.max(0, Math.min(100, 93.2 - delay - equipment));
  const mos = 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r);
  return round(Math.min(4.5, Math.max(1, mos)));
}

const round = (value: number) => Math.round(value * 100) / 100;
