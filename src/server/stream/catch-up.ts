import type { reloadReasons } from '../../api/stream-messages.ts';
import type { BatchSummary } from '../../app/event-visibility/batch-summary.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { Subscriber } from './hub.ts';

const page = 1000;

type ReloadReason = (typeof reloadReasons)[number];

/**
 * P4: a client reconnecting (to any node) with the last sequence it saw first gets what it
 * missed, read from the log, then the live events, none twice and in order. Live batches
 * arriving while the log is read wait in a buffer.
 */
export class CatchUp implements Subscriber {
  private waiting:
    | Array<[StoredEvent[], ReadonlyMap<string, StoredEvent>, BatchSummary | undefined]>
    | undefined = [];

  constructor(
    private readonly stream: Subscriber,
    private lastSeq: number,
  ) {}

  /**
   * A stream that starts live after `seq`, the committed version its client was shown: a
   * batch the hub hands over late that the state already held is not sent twice.
   */
  static live(stream: Subscriber, seq: number): CatchUp {
    const live = new CatchUp(stream, seq);
    live.waiting = undefined;
    return live;
  }

  deliver(batch: StoredEvent[], openings: ReadonlyMap<string, StoredEvent>, summary?: BatchSummary): void {
    if (this.waiting) this.waiting.push([batch, openings, summary]);
    else this.pass(batch, openings, summary);
  }

  /** Sends the log after the client's sequence, then what came live meanwhile. */
  async start(load: (afterSeq: number, limit: number) => Promise<StoredEvent[]>) {
    const none = new Map<string, StoredEvent>();
    try {
      for (;;) {
        const missed = await load(this.lastSeq, page);
        this.pass(missed, none);
        if (missed.length < page) break;
      }
    } finally {
      const waiting = this.waiting ?? [];
      this.waiting = undefined;
      for (const [batch, openings, summary] of waiting) this.pass(batch, openings, summary);
    }
  }

  private pass(batch: StoredEvent[], openings: ReadonlyMap<string, StoredEvent>, summary?: BatchSummary) {
    // Live, nothing of a batch was seen yet: passed as it is, summary included (no copy per stream).
    if (batch.length > 0 && batch[0]!.seq > this.lastSeq) {
      this.lastSeq = batch.at(-1)!.seq;
      return this.stream.deliver(batch, openings, summary);
    }
    const fresh = batch.filter((stored) => stored.seq > this.lastSeq);
    if (fresh.length === 0) return;
    this.lastSeq = fresh.at(-1)!.seq;
    // Part of it: the summary tells of events this stream is not sent.
    this.stream.deliver(fresh, openings);
  }
}

/** A reconnecting client further behind than this many events reloads instead of replaying them all. */
export const maxCatchUpEvents = 10_000;

export type Resume =
  | { kind: 'live' }
  | { kind: 'catch_up'; after: number }
  | { kind: 'reload'; reason: ReloadReason };

/**
 * What a client connecting with `?after=` gets: live messages only (no `after`), what it
 * missed, or a `reload` message when that is too far back or a sequence this workspace
 * never reached (another server's, or a workspace made again).
 */
export function resumeFrom(after: number | undefined, version: number, limit = maxCatchUpEvents): Resume {
  if (after === undefined) return { kind: 'live' };
  if (after > version) return { kind: 'reload', reason: 'unknown_seq' };
  if (version - after > limit) return { kind: 'reload', reason: 'too_far_behind' };
  return { kind: 'catch_up', after };
}
