import { type CallbacksReportRow, reportColumns } from '../../api/reports.ts';
import type { CallbackStatus } from '../../engine/callback/callback.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { Store } from '../../store/port.ts';
import type { Period } from './rows.ts';

/**
 * The callbacks report's columns, in order. A caller who left the queue for a callback is
 * neither answered nor lost (the calls report says `callback`, the service level counts them
 * apart): what became of them is here, one row per callback.
 */
export const callbackColumns = reportColumns('callbacks');

export type CallbackRow = CallbacksReportRow;

interface Open {
  callbackId: string;
  callId: string;
  numberId: string;
  to: string;
  queuedAt: number;
  requestedAt: number;
  status: CallbackStatus;
  offers: number;
  attempts: number;
  placedCalls: string[];
  connectedAt?: number;
}

function iso(ms: number): string;
function iso(ms: number | undefined): string | undefined;
function iso(ms: number | undefined) {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/**
 * I3 + R3: follows the log and gives each callback requested in the period as a row once it
 * finishes (answered, no_answer or abandoned). Only the callbacks still open are held.
 */
export class CallbackLedger {
  private readonly open = new Map<string, Open>();

  constructor(private readonly period: Period) {}

  /** Callbacks requested in the period and not finished yet. */
  get openCount(): number {
    return this.open.size;
  }

  /** The finished callback's row, if this event finished one of the period's. */
  add({ event, at }: StoredEvent): CallbackRow | undefined {
    if (!event.type.startsWith('callback.')) return undefined;
    if (event.type === 'callback.requested') {
      if (at < this.period.from || at >= this.period.to) return undefined;
      this.open.set(event.callbackId, {
        callbackId: event.callbackId,
        callId: event.callId,
        numberId: event.numberId,
        to: event.to,
        queuedAt: event.queuedAt,
        requestedAt: at,
        status: 'waiting',
        offers: 0,
        attempts: 0,
        placedCalls: [],
      });
      return undefined;
    }
    const callbackId = (event as { callbackId?: string }).callbackId;
    const open = callbackId === undefined ? undefined : this.open.get(callbackId);
    if (!open) return undefined;
    switch (event.type) {
      case 'callback.offered':
        open.offers += 1;
        open.status = 'offered';
        return undefined;
      case 'callback.returned':
      case 'callback.requeued':
        open.status = 'waiting';
        return undefined;
      case 'callback.dialing':
        open.status = 'dialing';
        open.attempts = event.attempt;
        open.placedCalls.push(event.callId);
        return undefined;
      case 'callback.connected':
        open.connectedAt ??= at;
        return undefined;
      case 'callback.retry_scheduled':
        open.status = 'retry';
        return undefined;
      case 'callback.finished': {
        this.open.delete(open.callbackId);
        const cancelled = event.outcome === 'abandoned' && event.reason === undefined;
        return this.row(open, {
          finishedAt: iso(at),
          status: 'finished',
          outcome: event.outcome,
          reason: event.reason ?? (cancelled ? 'cancelled' : undefined),
          answeredBy: event.outcome === 'answered' ? event.userId : undefined,
          cancelledBy: cancelled ? event.userId : undefined,
        });
      }
      default:
        return undefined;
    }
  }

  /** The callbacks not finished by the end of the log, with where they stand, oldest request first. */
  unfinished(): CallbackRow[] {
    return [...this.open.values()]
      .sort((a, b) => a.requestedAt - b.requestedAt)
      .map((open) => this.row(open, { status: open.status }));
  }

  private row(open: Open, end: Partial<CallbackRow>): CallbackRow {
    return {
      callbackId: open.callbackId,
      callId: open.callId,
      numberId: open.numberId,
      to: open.to,
      queuedAt: iso(open.queuedAt),
      requestedAt: iso(open.requestedAt),
      finishedAt: undefined,
      status: undefined,
      outcome: undefined,
      reason: undefined,
      offers: open.offers,
      attempts: open.attempts,
      answeredBy: undefined,
      cancelledBy: undefined,
      // From when the caller started waiting to when the customer answered the callback.
      waitSeconds:
        open.connectedAt === undefined ? undefined : Math.round((open.connectedAt - open.queuedAt) / 1000),
      placedCalls: open.placedCalls.join(' ') || undefined,
      ...end,
    };
  }
}

const pageSize = 2000;

/**
 * I3 + R3: one row per callback requested in the period, written out as each one finishes
 * (the log is read page by page, up to where no callback of the period is open any more),
 * then those still open with their status and no outcome.
 */
export async function* callbackRows(
  store: Store,
  workspaceId: string,
  period: Period,
): AsyncGenerator<CallbackRow> {
  const ledger = new CallbackLedger(period);
  let after = 0;
  for (;;) {
    const page = await store.loadEvents(workspaceId, after, pageSize);
    for (const stored of page) {
      if (stored.at >= period.to && ledger.openCount === 0) return;
      const row = ledger.add(stored);
      if (row) yield row;
    }
    if (page.length < pageSize) break;
    after = page.at(-1)!.seq;
  }
  yield* ledger.unfinished();
}
