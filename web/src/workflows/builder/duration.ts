export const durationUnits = ['seconds', 'minutes', 'hours', 'days'] as const;
export type DurationUnit = (typeof durationUnits)[number];

/** A duration as typed: the amount stays text so a half-typed number is not rewritten. */
export interface Duration {
  amount: string;
  unit: DurationUnit;
}

const secondsPer: Record<DurationUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/** Whole seconds, as the server counts them; what is not a number goes as 0 for the server to refuse. */
export function toSeconds(duration: Duration): number {
  const text = duration.amount.trim().replace(',', '.');
  const amount = Number(text);
  if (!text || !Number.isFinite(amount)) return 0;
  return Math.round(amount * secondsPer[duration.unit]);
}

/** Seconds in the largest unit that counts them whole: 900 → 15 minutes. */
export function fromSeconds(seconds: number): Duration {
  for (const unit of ['days', 'hours', 'minutes'] as const)
    if (seconds > 0 && seconds % secondsPer[unit] === 0)
      return { amount: String(seconds / secondsPer[unit]), unit };
  return { amount: String(seconds), unit: 'seconds' };
}
