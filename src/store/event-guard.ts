import type { StoredEvent } from '../engine/events.ts';

/**
 * Every adapter refuses an event it could not store faithfully before writing any of the batch
 * (issue 12 item 3): a non-integer sequence breaks the log's order, and a time of Infinity or
 * NaN would expire every session that reads it.
 */
export function assertStorable(events: StoredEvent[]): void {
  for (const { seq, at } of events)
    if (!Number.isSafeInteger(seq) || !Number.isFinite(at))
      throw new RangeError(`an event needs an integer sequence and a finite time (seq ${seq}, at ${at})`);
}
