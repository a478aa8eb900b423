import { type BatchSummary, summarize } from '../../app/event-visibility/batch-summary.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { Runtime } from '../../runtime/runtime.ts';

/** A live stream: it receives its workspace's committed events in order. */
export interface Subscriber {
  /** `summary`: what the batch holds, read once for all of its workspace's streams. */
  deliver(batch: StoredEvent[], openings: ReadonlyMap<string, StoredEvent>, summary?: BatchSummary): void;
}

/**
 * Fans committed events out to the streams of their workspace: one runtime subscription
 * however many sockets are open. It also keeps each live call's opening event (call.received
 * or call.placed), so a stream that joins a call late can be told who is calling; ended
 * calls are forgotten. It reads no workspace state: each stream's filter follows the log.
 */
export class StreamHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly openings = new Map<string, Map<string, StoredEvent>>();
  private readonly unsubscribe: () => void;

  constructor(
    runtime: Runtime,
    private readonly onError?: (error: unknown) => void,
  ) {
    this.unsubscribe = runtime.subscribe((batch) => this.publish(batch));
  }

  add(workspaceId: string, subscriber: Subscriber): () => void {
    let set = this.subscribers.get(workspaceId);
    if (!set) {
      set = new Set();
      this.subscribers.set(workspaceId, set);
    }
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
      if (set.size === 0 && this.subscribers.get(workspaceId) === set) this.subscribers.delete(workspaceId);
    };
  }

  size(): number {
    let total = 0;
    for (const set of this.subscribers.values()) total += set.size;
    return total;
  }

  close(): void {
    this.unsubscribe();
    this.subscribers.clear();
    this.openings.clear();
  }

  private publish(batch: StoredEvent[]): void {
    for (const [workspaceId, events] of groupByWorkspace(batch)) {
      const openings = this.openingsOf(workspaceId);
      for (const stored of events)
        if (stored.event.type === 'call.received' || stored.event.type === 'call.placed')
          openings.set(stored.event.callId, stored);
      const subscribers = this.subscribers.get(workspaceId);
      const summary = subscribers && subscribers.size > 1 ? summarize(events) : undefined;
      for (const subscriber of subscribers ?? []) {
        try {
          subscriber.deliver(events, openings, summary);
        } catch (error) {
          this.onError?.(error);
        }
      }
      for (const { event } of events) if (event.type === 'call.ended') openings.delete(event.callId);
      if (openings.size === 0) this.openings.delete(workspaceId);
    }
  }

  private openingsOf(workspaceId: string): Map<string, StoredEvent> {
    let openings = this.openings.get(workspaceId);
    if (!openings) {
      openings = new Map();
      this.openings.set(workspaceId, openings);
    }
    return openings;
  }
}

function groupByWorkspace(batch: StoredEvent[]): Map<string, StoredEvent[]> {
  const groups = new Map<string, StoredEvent[]>();
  for (const stored of batch) {
    const group = groups.get(stored.workspaceId);
    if (group) group.push(stored);
    else groups.set(stored.workspaceId, [stored]);
  }
  return groups;
}
