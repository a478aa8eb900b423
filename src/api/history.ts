import { type Static, Type } from 'typebox';
import type { Event, EventType, StoredEvent } from '../engine/events.ts';
import { type HistoryCatalog, historyEntryCatalog, internal, type Published } from './history-entries.ts';
import { historyEntryData, savedUserFields } from './history-entry-data.ts';

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

type DataSchemas = typeof historyEntryData;
/** What the API documents an entry's data as (history-entry-data.ts). */
export type HistoryEntryDataShape<T extends HistoryEntryType> = Static<DataSchemas[T]>;

/**
 * Each type's data schema has exactly the fields the catalog publishes, and admits every value
 * the engine's event gives them: tsc fails here otherwise (a schema left behind by a change).
 */
type Mismatched = {
  [T in HistoryEntryType]:
    | Exclude<keyof HistoryEntryDataShape<T>, Published<T>>
    | Exclude<Published<T>, keyof HistoryEntryDataShape<T>>
    | (HistoryEntryData<T> extends HistoryEntryDataShape<T> ? never : 'a value the schema does not admit');
};
/** A data schema for a type the catalog keeps internal (or does not know). */
type EveryTypeHasData = Exclude<keyof DataSchemas, HistoryEntryType>;
const matches = <_M extends { [T in HistoryEntryType]: never }, _E extends never>() => true;
export const historyDataContract = matches<Mismatched, EveryTypeHasData>();

const entrySchema = <T extends HistoryEntryType>(type: T) =>
  Type.Object(
    {
      seq: Type.Integer({ description: 'The workspace’s sequence: the log position of what happened' }),
      at: Type.String({ format: 'date-time' }),
      type: Type.Literal(type),
      version: Type.Literal((historyEntryCatalog[type] as { version: number }).version, {
        description: 'The version of this type’s shape: a changed shape comes with a new version',
      }),
      data: historyEntryData[type] as DataSchemas[T],
    },
    { additionalProperties: false },
  );

/**
 * The shape the API documents and serializes: one object per entry type, told apart by
 * `type` (and `version`), each with its data's fields (history-entry-data.ts).
 */
export const HistoryEntrySchema = Type.Unsafe<HistoryEntryShape>(
  Type.Union(historyEntryTypes.map(entrySchema), {
    $id: 'HistoryEntry',
    title: 'HistoryEntry',
    description: 'One entry of a history, by its type; the fields of each type are in its data',
    // Built to this schema by historyEntryOf: the server writes it as is (src/server/schema-compilers.ts).
    'x-serialize': 'json',
  }),
);
/** Where a route's schema names the entry: the server adds HistoryEntrySchema once (app.ts). */
export const HistoryEntryRef = Type.Unsafe<HistoryEntryShape>({ $ref: 'HistoryEntry#' });
export type HistoryEntryShape = {
  [T in HistoryEntryType]: {
    seq: number;
    at: string;
    type: T;
    version: HistoryCatalog[T] extends { version: infer V } ? V : never;
    data: HistoryEntryDataShape<T>;
  };
}[HistoryEntryType];

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
  if (event.type === 'user.created') data.user = only(event.user, savedUserFields);
  return {
    seq: stored.seq,
    at: new Date(stored.at).toISOString(),
    type: event.type,
    version: rule.version,
    data,
  } as HistoryEntry;
}

/** A copy of a saved object with these fields only: the event's own object is never changed. */
function only(value: object, fields: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const field of fields)
    if (Object.hasOwn(source, field) && source[field] !== undefined) copy[field] = source[field];
  return copy;
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
