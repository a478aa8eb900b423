import { type AgentsReportRow, reportColumns } from '../../api/reports.ts';
import type { Presence } from '../../domain/presence.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { Channel } from '../../engine/state.ts';
import type { Store } from '../../store/port.ts';
import type { Period } from './rows.ts';
import { intervalMs } from './service-level.ts';

export const agentColumns = reportColumns('agents');

export type AgentRow = AgentsReportRow;
/** Every presence has its column (`onlineSeconds` …): a presence added to the domain fails here until it does. */
type MissingPresenceColumns = Exclude<`${Presence}Seconds`, keyof AgentRow>;
export const everyPresenceHasAColumn: [MissingPresenceColumns] extends [never] ? true : never = true;

interface Cell {
  offered: number;
  answered: number;
  missed: number;
  talkMs: number;
  presenceMs: Record<Presence, number>;
  /** R2: time in wrap-up, its own state beside presence: after calls, and after conversations. */
  wrapUpMs: Record<Channel, number>;
  /** R3: callbacks offered to the agent, accepted by them (agent_first), and placed on their behalf. */
  callbacks: { offered: number; accepted: number; placed: number };
}

const emptyCell = (): Cell => ({
  offered: 0,
  answered: 0,
  missed: 0,
  talkMs: 0,
  presenceMs: { online: 0, pre_pause: 0, pause: 0, offline: 0 },
  wrapUpMs: { voice: 0, chat: 0 },
  callbacks: { offered: 0, accepted: 0, placed: 0 },
});

/**
 * I3: per agent and 30-minute interval, calls offered, answered and missed (rung out or
 * declined), talk time (counted in the interval the call was answered), and time in each
 * presence (split across the intervals it spans); R3: callbacks offered to them, accepted
 * (an offer they had to accept) and placed (dialled with them on the line, retries included),
 * counted in the interval it happened. Read from the event log page by page; only
 * the per-interval counters are held.
 */
export class AgentActivity {
  private readonly cells = new Map<string, Map<number, Cell>>();
  private readonly presence = new Map<string, { presence: Presence; since: number }>();
  private readonly answeredLegs = new Map<string, { userId: string; at: number }>();
  private readonly wrapUps = new Map<string, { userId: string; channel: Channel; since: number }>();
  /** R3: how each open callback was last offered: an agent_first offer is accepted when it is dialled. */
  private readonly callbackModes = new Map<string, 'agent_first' | 'auto'>();

  constructor(private readonly period: Period) {}

  private cell(userId: string, at: number): Cell | undefined {
    if (at < this.period.from || at >= this.period.to) return undefined;
    const start = Math.floor(at / intervalMs) * intervalMs;
    const user = this.cells.get(userId) ?? new Map<number, Cell>();
    this.cells.set(userId, user);
    const cell = user.get(start) ?? emptyCell();
    user.set(start, cell);
    return cell;
  }

  /** Adds the time from `from` to `to`, split at interval boundaries and clipped to the period. */
  private addSpan(userId: string, from: number, to: number, add: (cell: Cell, ms: number) => void): void {
    let at = Math.max(from, this.period.from);
    const end = Math.min(to, this.period.to);
    while (at < end) {
      const next = Math.min(end, (Math.floor(at / intervalMs) + 1) * intervalMs);
      add(this.cell(userId, at)!, next - at);
      at = next;
    }
  }

  private addPresence(userId: string, presence: Presence, from: number, to: number): void {
    this.addSpan(userId, from, to, (cell, ms) => {
      cell.presenceMs[presence] += ms;
    });
  }

  /** R2: closes a wrap-up at `at` (it ended, started over, or the agent left). */
  private closeWrapUp(key: string, at: number): void {
    const open = this.wrapUps.get(key);
    if (!open) return;
    this.wrapUps.delete(key);
    this.addSpan(open.userId, open.since, at, (cell, ms) => {
      cell.wrapUpMs[open.channel] += ms;
    });
  }

  add({ event, at }: StoredEvent): void {
    switch (event.type) {
      case 'user.created':
        this.presence.set(event.user.id, { presence: event.user.presence, since: at });
        return;
      case 'presence.changed': {
        const before = this.presence.get(event.userId);
        if (before) this.addPresence(event.userId, before.presence, before.since, at);
        this.presence.set(event.userId, { presence: event.to, since: at });
        return;
      }
      case 'call.leg_ringing':
        if (event.userId) {
          const cell = this.cell(event.userId, at);
          if (cell) cell.offered++;
        }
        return;
      case 'call.leg_answered': {
        if (!event.userId) return;
        this.answeredLegs.set(`${event.callId}/${event.legId}`, { userId: event.userId, at });
        const cell = this.cell(event.userId, at);
        if (cell) cell.answered++;
        return;
      }
      case 'call.leg_ended': {
        if (!event.userId) return;
        const answered = this.answeredLegs.get(`${event.callId}/${event.legId}`);
        if (answered) {
          this.answeredLegs.delete(`${event.callId}/${event.legId}`);
          const cell = this.cell(answered.userId, answered.at);
          if (cell) cell.talkMs += at - answered.at;
        } else if (event.reason === 'no_answer' || event.reason === 'rejected') {
          const cell = this.cell(event.userId, at);
          if (cell) cell.missed++;
        }
        return;
      }
      case 'callback.offered': {
        this.callbackModes.set(event.callbackId, event.mode);
        const cell = this.cell(event.userId, at);
        if (cell) cell.callbacks.offered++;
        return;
      }
      case 'callback.dialing': {
        const cell = this.cell(event.userId, at);
        if (!cell) return;
        cell.callbacks.placed++;
        if (this.callbackModes.get(event.callbackId) === 'agent_first') cell.callbacks.accepted++;
        return;
      }
      case 'callback.finished':
        this.callbackModes.delete(event.callbackId);
        return;
      case 'wrap_up.started': {
        const key = `${event.userId}/${event.channel}`;
        this.closeWrapUp(key, at);
        this.wrapUps.set(key, { userId: event.userId, channel: event.channel, since: at });
        return;
      }
      case 'wrap_up.ended':
        this.closeWrapUp(`${event.userId}/${event.channel}`, at);
        return;
      case 'user.removed': {
        for (const channel of ['voice', 'chat'] as const) this.closeWrapUp(`${event.userId}/${channel}`, at);
        const before = this.presence.get(event.userId);
        if (before) this.addPresence(event.userId, before.presence, before.since, at);
        this.presence.delete(event.userId);
        return;
      }
      default:
        return;
    }
  }

  /** Closes the presences still open at the period's end (or now) and gives the rows, by agent then time. */
  rows(now: number): AgentRow[] {
    for (const [userId, { presence, since }] of this.presence)
      this.addPresence(userId, presence, since, Math.min(now, this.period.to));
    for (const key of [...this.wrapUps.keys()]) this.closeWrapUp(key, Math.min(now, this.period.to));
    const seconds = (ms: number) => Math.round(ms / 1000);
    return [...this.cells.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([userId, intervals]) =>
        [...intervals.entries()]
          .sort(([a], [b]) => a - b)
          .map(([start, cell]) => ({
            userId,
            intervalStart: new Date(start).toISOString(),
            offered: cell.offered,
            answered: cell.answered,
            missed: cell.missed,
            talkSeconds: seconds(cell.talkMs),
            onlineSeconds: seconds(cell.presenceMs.online),
            pre_pauseSeconds: seconds(cell.presenceMs.pre_pause),
            pauseSeconds: seconds(cell.presenceMs.pause),
            offlineSeconds: seconds(cell.presenceMs.offline),
            wrapUpSeconds: seconds(cell.wrapUpMs.voice),
            chatWrapUpSeconds: seconds(cell.wrapUpMs.chat),
            callbacksOffered: cell.callbacks.offered,
            callbacksAccepted: cell.callbacks.accepted,
            callbacksPlaced: cell.callbacks.placed,
          })),
      );
  }
}

/** Reads the workspace's log up to the period's end, page by page, into per-interval counters. */
export async function agentRows(
  store: Store,
  workspaceId: string,
  period: Period,
  now: number,
): Promise<AgentRow[]> {
  const activity = new AgentActivity(period);
  let after = 0;
  for (;;) {
    const page = await store.loadEvents(workspaceId, after, 2000);
    for (const stored of page) {
      if (stored.at >= period.to) return activity.rows(now);
      activity.add(stored);
    }
    if (page.length < 2000) return activity.rows(now);
    after = page.at(-1)!.seq;
  }
}
