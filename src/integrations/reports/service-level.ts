import type { Store } from '../../store/port.ts';
import type { Period } from './rows.ts';

export const intervalMs = 30 * 60_000;

export const serviceLevelColumns = [
  'intervalStart',
  'offered',
  'answered',
  'answeredWithinTarget',
  'abandoned',
  'serviceLevelPercent',
  'averageWaitSeconds',
] as const;

export type ServiceLevelRow = Record<(typeof serviceLevelColumns)[number], string | number | undefined>;

interface Interval {
  offered: number;
  answered: number;
  withinTarget: number;
  abandoned: number;
  waitMs: number;
}

/**
 * I3: inbound calls per 30-minute interval (by when they started): offered, answered, answered
 * within the target wait, abandoned, and the service level (answered within target / offered).
 * Only the intervals are held: at most 48 a day, whatever the number of calls.
 */
export async function serviceLevelRows(
  store: Store,
  workspaceId: string,
  period: Period,
  targetSeconds: number,
): Promise<ServiceLevelRow[]> {
  const intervals = new Map<number, Interval>();
  let cursor: string | undefined;
  do {
    const page = await store.listCalls(workspaceId, {
      direction: 'inbound',
      from: period.from,
      to: period.to,
      limit: 500,
      cursor,
    });
    for (const call of page.items) {
      const start = Math.floor(call.startedAt / intervalMs) * intervalMs;
      const interval = intervals.get(start) ?? {
        offered: 0,
        answered: 0,
        withinTarget: 0,
        abandoned: 0,
        waitMs: 0,
      };
      intervals.set(start, interval);
      interval.offered += 1;
      if (call.answeredAt !== undefined) {
        interval.answered += 1;
        interval.waitMs += call.answeredAt - call.startedAt;
        if (call.answeredAt - call.startedAt <= targetSeconds * 1000) interval.withinTarget += 1;
      } else if (call.outcome === 'abandoned') interval.abandoned += 1;
    }
    cursor = page.nextCursor;
  } while (cursor);
  return [...intervals.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, interval]) => ({
      intervalStart: new Date(start).toISOString(),
      offered: interval.offered,
      answered: interval.answered,
      answeredWithinTarget: interval.withinTarget,
      abandoned: interval.abandoned,
      serviceLevelPercent: Math.round((interval.withinTarget / interval.offered) * 1000) / 10,
      averageWaitSeconds:
        interval.answered === 0 ? undefined : Math.round(interval.waitMs / interval.answered / 100) / 10,
    }));
}
