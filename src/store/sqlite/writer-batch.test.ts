import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../../engine/events.ts';
import { fromWriterBatch, toWriterBatch } from './writer-batch.ts';

const stored = (seq: number, event: Event, workspaceId = 'w1'): StoredEvent => ({
  workspaceId,
  seq,
  at: 1_000 + seq,
  event,
});

describe('a batch crossing to the writer thread', () => {
  it('arrives as the same events, each with the JSON the log stores', () => {
    const events = [
      stored(7, { type: 'contact.created', contactId: 'k1', name: 'Lola "la Piconera"' } as unknown as Event),
      stored(1, { type: 'timer.cleared', timerId: 'ring:c1' } as unknown as Event, 'w2'),
    ];
    const crossed = fromWriterBatch(structuredClone(toWriterBatch(events)));
    expect(crossed.events).toEqual(events);
    expect(crossed.json).toEqual(events.map((event) => JSON.stringify(event.event)));
  });
});
