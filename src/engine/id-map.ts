import { type Table, table } from './table.ts';

/**
 * A collection keyed by generated ids that come and go all day (timers). Storing a fresh id
 * string as a plain object's key makes V8 internalise it (a string-table look-up and insert)
 * and probe a dictionary that thousands of keys have passed through; a Map only hashes it.
 * It serialises as the record it replaced (`toJSON`), so snapshots keep their format and
 * old ones load unchanged (`idMapOf`). A Map's keys are never looked up on a prototype.
 */
export class IdMap<T> extends Map<string, T> {
  toJSON(): Table<T> {
    const record = table<T>();
    for (const [id, value] of this) record[id] = value;
    return record;
  }
}

/**
 * An IdMap from a snapshot's record, a structured clone's Map (it drops the class), or
 * nothing; an IdMap is taken as it is.
 */
export function idMapOf<T>(
  value: IdMap<T> | Map<string, T> | Readonly<Record<string, T>> | undefined,
): IdMap<T> {
  if (value instanceof IdMap) return value;
  const map = new IdMap<T>();
  if (value instanceof Map) for (const [id, item] of value) map.set(id, item);
  else if (value) for (const id of Object.keys(value)) map.set(id, value[id] as T);
  return map;
}
