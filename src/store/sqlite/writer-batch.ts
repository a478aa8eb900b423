import type { Event, StoredEvent } from '../../engine/events.ts';

/**
 * A batch of events as it crosses to the writer thread. Each event's JSON is written once, on
 * the deciding thread: the writer stores that text in the log as it is and parses it only for
 * the projections (a batch sent as one JSON document was parsed there, then each event
 * stringified again for the log's data column).
 */
export interface WriterBatch {
  /** [workspaceId, seq, at] of each event, as one JSON array (one string crosses threads fast). */
  heads: string;
  /** Each event's JSON, in the batch's order. */
  events: string[];
}

export function toWriterBatch(events: StoredEvent[]): WriterBatch {
  const heads: Array<[string, number, number]> = [];
  const texts: string[] = [];
  for (const stored of events) {
    heads.push([stored.workspaceId, stored.seq, stored.at]);
    texts.push(JSON.stringify(stored.event));
  }
  return { heads: JSON.stringify(heads), events: texts };
}

/** The batch's events, parsed, with the JSON each came as (the log's data column). */
export function fromWriterBatch(batch: WriterBatch): { events: StoredEvent[]; json: string[] } {
  const heads = JSON.parse(batch.heads) as Array<[string, number, number]>;
  const events = heads.map(
    ([workspaceId, seq, at], index): StoredEvent => ({
      workspaceId,
      seq,
      at,
      event: JSON.parse(batch.events[index]!) as Event,
    }),
  );
  return { events, json: batch.events };
}
