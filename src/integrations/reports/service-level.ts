import { reportColumns, type ServiceLevelReportRow } from '../../api/reports.ts';
import type { Store } from '../../store/port.ts';
import type { Period } from './rows.ts';

export const intervalMs = 30 * 60_000;

export const serviceLevelColumns = reportColumns('service-level');

export type ServiceLevelRow = ServiceLevelReportRow;

interface Interval {
  offered: number;
  answered: number;
  withinTarget: number;
  abandoned: number;
  callbacks: number;
  waitMs: number;
}

/**
 * I3: inbound calls per 30-minute interval (by when they started): offered, answered, answered
 * within the target wait, abandoned, and the service level (answered within target / offered).
 * R3: a caller who left the queue for a callback is neither answered nor lost, so not offered
 * either (as on the wallboard): counted apart, in `callbacks`; what became of each callback is
 * the callbacks report's.
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
        callbacks: 0,
        waitMs: 0,
      };
      intervals.set(start, interval);
      if (call.outcome === 'callback') {
        interval.callbacks += 1;
        continue;
      }
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
      callbacks: interval.callbacks,
      // An interval whose every caller asked for a callback offered none: no service level.
      serviceLevelPercent:
        interval.offered === 0
          ? undefined
          : Math.round((interval.withinTarget / interval.offered) * 1000) / 10,
      averageWaitSeconds:
        interval.answered === 0 ? undefined : Math.round(interval.waitMs / interval.answered / 100) / 10,
    }));
}
