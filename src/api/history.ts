import { type Static, Type } from 'typebox';
import type { Event, EventType, StoredEvent } from '../engine/events.ts';
import { type HistoryCatalog, historyEntryCatalog, internal, type Published } from './history-entries.ts';

/**
 * V18: one entry of a history (the audit of an entity, a call's or a conversation's
 * timeline): what happened, at which place in the workspace's log, in the public shape the
 * catalog (history-entries.ts) gives its type at its version. The live stream carries the
 * public messages instead (stream-messages.ts); a history keeps every detail a timeline
 * explains (routing candidates, menus, skills), but never the engine's own bookkeeping
 * (timers, seeds, the media plan) or secrets.
 */

/** The types a history may show: every engine event but its bookkeeping. */
export type HistoryEntryType = {
  [T in EventType]: HistoryCatalog[T] extends typeof internal ? never : T;
}[EventType];

export const historyEntryTypes = (Object.keys(historyEntryCatalog) as EventType[])
  .filter((type): type is HistoryEntryType => historyEntryCatalog[type] !== internal)
  .sort();

type EventOf<T extends EventType> = Extract<Event, { type: T }>;
/** What an entry of this type carries: the published fields of its event (times as epoch ms). */
export type HistoryEntryData<T extends HistoryEntryType> =
  EventOf<T> extends infer E ? (E extends unknown ? Pick<E, Published<T> & keyof E> : never) : never;

export type HistoryEntry = {
  [T in HistoryEntryType]: {
    seq: number;
    at: string;
    type: T;
    version: HistoryCatalog[T] extends { version: infer V } ? V : never;
    data: HistoryEntryData<T>;
  };
}[HistoryEntryType];

/** The shape the API documents and serializes; each type's fields are in history-entries.ts. */
export const HistoryEntrySchema = Type.Object({
  seq: Type.Integer({ description: 'The workspace’s sequence: the log position of what happened' }),
  at: Type.String({ format: 'date-time' }),
  type: Type.Enum(historyEntryTypes),
  version: Type.Integer({
    minimum: 1,
    description: 'The version of this type’s shape: a changed shape comes with a new version',
  }),
  data: Type.Record(Type.String(), Type.Unknown(), {
    description: 'The fields this type publishes at this version (src/api/history-entries.ts)',
  }),
});
export type HistoryEntryShape = Static<typeof HistoryEntrySchema>;

/** An event as a history shows it; undefined for the engine's bookkeeping (timers, seeds). */
export function historyEntryOf(stored: StoredEvent): HistoryEntry | undefined {
  const { event } = stored;
  if (!Object.hasOwn(historyEntryCatalog, event.type)) return undefined;
  const rule = historyEntryCatalog[event.type];
  if (rule === internal) return undefined;
  const fields = event as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const field of rule.fields as readonly string[])
    if (Object.hasOwn(fields, field) && fields[field] !== undefined) data[field] = fields[field];
  return {
    seq: stored.seq,
    at: new Date(stored.at).toISOString(),
    type: event.type,
    version: rule.version,
    data,
  } as HistoryEntry;
}

/** The entries of a run of events, bookkeeping left out. */
export const historyEntriesOf = (events: readonly StoredEvent[]): HistoryEntry[] =>
  events.flatMap((stored) => historyEntryOf(stored) ?? []);

/** The entry types as documentation lists them: each with its version and fields (Markdown). */
export function historyEntriesDocumented(): string {
  return historyEntryTypes
    .map((type) => {
      const rule = historyEntryCatalog[type] as { version: number; fields: readonly string[] };
      return `- \`${type}\` v${rule.version}: ${rule.fields.map((field) => `\`${field}\``).join(', ') || 'no fields'}`;
    })
    .join('\n');
}
