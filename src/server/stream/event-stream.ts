import type { WebSocket } from 'ws';
import { streamTextsOf } from '../../api/messages.ts';
import type { BatchSummary } from '../../app/event-visibility/batch-summary.ts';
import type { StreamFilter } from '../../app/event-visibility/filter.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { Subscriber } from './hub.ts';
import { directSocket, textFrame } from './text-frames.ts';

/** A socket may fall this far behind (bytes queued, unsent) before it is closed. */
export const maxBufferedBytes = 1 << 20;

/** Close codes: 4xxx mirror HTTP statuses; 1013 is the standard "try again later". */
export const closeCodes = { badRequest: 4400, unauthorized: 4401, notFound: 4404, tooSlow: 1013 } as const;

/** A close handshake a stalled client never answers must not hold the socket forever. */
const terminateAfterMs = 5_000;

const OPEN = 1;

/**
 * What every client seeing the same event is sent alike, made once for all of them. The hub
 * hands a batch to every stream in one go, so it is kept only until this turn's microtasks
 * run, in a plain Map: per-event WeakMap entries, kept until the events died, cost the
 * collector a sweep of ephemerons and cost more to set than the Map (calls bench). An event
 * sent again later (a call's opening, to an agent joining it) is mapped again.
 */
class TurnCache<V> {
  private entries: Map<StoredEvent, V> | undefined;

  constructor(private readonly make: (stored: StoredEvent) => V) {}

  of(stored: StoredEvent): V {
    let entries = this.entries;
    if (entries === undefined) {
      entries = new Map();
      this.entries = entries;
      queueMicrotask(() => {
        this.entries = undefined;
      });
    }
    let value = entries.get(stored);
    if (value === undefined) {
      value = this.make(stored);
      entries.set(stored, value);
    }
    return value;
  }

  /** Made already this turn, or undefined. */
  peek(stored: StoredEvent): V | undefined {
    return this.entries?.get(stored);
  }
}

/** The messages' texts, for clients whose frames ws builds (redacted copies are other objects, cached apart). */
const texts = new TurnCache(streamTextsOf);

/** The same messages as WebSocket frames, written to the sockets as they are. */
const frames = new TurnCache((stored) => (texts.peek(stored) ?? streamTextsOf(stored)).map(textFrame));

/**
 * One WebSocket client's stream: the public messages (SPEC I4, src/api/stream-messages.ts)
 * of the events its principal may see, as JSON `{ type, version, seq, at, data }`. A client
 * that does not read fast enough is cut off rather than buffered for without limit; it
 * reconnects with ?after= and catches up from the log.
 */
export class EventStream implements Subscriber {
  constructor(
    private readonly socket: Pick<
      WebSocket,
      'readyState' | 'bufferedAmount' | 'send' | 'close' | 'terminate'
    >,
    private readonly filter: StreamFilter,
    private readonly maxBuffered = maxBufferedBytes,
  ) {}

  /** Sends one message; false if the socket is closed or has just been closed for falling behind. */
  send(message: object): boolean {
    return this.sendText(JSON.stringify(message));
  }

  private sendText(text: string): boolean {
    if (this.socket.readyState !== OPEN) return false;
    if (this.socket.bufferedAmount > this.maxBuffered) {
      this.shed();
      return false;
    }
    this.socket.send(text);
    return true;
  }

  deliver(batch: StoredEvent[], openings: ReadonlyMap<string, StoredEvent>, summary?: BatchSummary): void {
    if (this.socket.readyState !== OPEN) return;
    const { events, revoked } = this.filter.filter(batch, openings, summary);
    // Most batches of a busy centre are none of most agents' concern.
    if (events.length === 0 && !revoked) return;
    const sent = this.sendDirect(events) ?? this.sendEach(events);
    if (sent && revoked) this.socket.close(closeCodes.unauthorized, revoked);
  }

  /** The batch's frames, built once for all clients, written corked; undefined where ws must frame them. */
  private sendDirect(events: StoredEvent[]): boolean | undefined {
    const raw = directSocket(this.socket);
    if (!raw) return undefined;
    if (this.socket.bufferedAmount > this.maxBuffered) {
      this.shed();
      return false;
    }
    // Corked, the frames leave in one writev; not concatenated, which allocated a buffer the
    // size of the batch per socket (slower with large batches: the calls bench at 256 callers).
    raw.cork();
    try {
      for (const stored of events) for (const frame of frames.of(stored)) raw.write(frame);
    } finally {
      raw.uncork();
    }
    return true;
  }

  private sendEach(events: StoredEvent[]): boolean {
    // ws writes every frame at once (a syscall each): corked, the batch's frames leave in one write.
    const raw = (this.socket as { _socket?: { cork(): void; uncork(): void } })._socket;
    raw?.cork();
    try {
      for (const stored of events)
        for (const text of texts.of(stored)) if (!this.sendText(text)) return false;
    } finally {
      raw?.uncork();
    }
    return true;
  }

  private shed(): void {
    this.socket.close(closeCodes.tooSlow, 'too far behind: reconnect and catch up from the history');
    setTimeout(() => this.socket.terminate(), terminateAfterMs).unref();
  }
}
