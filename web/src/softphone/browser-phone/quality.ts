/** Call quality from the peer connection's getStats(), judged as an agent would hear it. */
export interface Quality {
  lossPercent: number;
  jitterMs: number;
  roundTripMs: number | undefined;
}

/** Past these, the agent is told the line is poor (G.711 with no concealment suffers early). */
export const poorAt = { lossPercent: 3, jitterMs: 30, roundTripMs: 300 };

export const isPoor = (quality: Quality): boolean =>
  quality.lossPercent >= poorAt.lossPercent ||
  quality.jitterMs >= poorAt.jitterMs ||
  (quality.roundTripMs ?? 0) >= poorAt.roundTripMs;

type Counters = { lost: number; received: number };

/** Reads loss (since the previous reading), jitter and round trip from one getStats() report. */
export function readQuality(
  report: RTCStatsReport,
  previous: Counters,
): { quality: Quality; counters: Counters } {
  let lost = previous.lost;
  let received = previous.received;
  let jitterMs = 0;
  let roundTripMs: number | undefined;
  report.forEach((stat) => {
    if (stat.type === 'inbound-rtp' && stat.kind === 'audio') {
      lost = stat.packetsLost ?? lost;
      received = stat.packetsReceived ?? received;
      jitterMs = (stat.jitter ?? 0) * 1000;
    }
    if (stat.type === 'remote-inbound-rtp' && typeof stat.roundTripTime === 'number')
      roundTripMs = stat.roundTripTime * 1000;
    if (stat.type === 'candidate-pair' && stat.nominated && typeof stat.currentRoundTripTime === 'number')
      roundTripMs ??= stat.currentRoundTripTime * 1000;
  });
  const newLost = Math.max(0, lost - previous.lost);
  const newReceived = Math.max(0, received - previous.received);
  const total = newLost + newReceived;
  const lossPercent = total === 0 ? 0 : (100 * newLost) / total;
  return { quality: { lossPercent, jitterMs, roundTripMs }, counters: { lost, received } };
}
