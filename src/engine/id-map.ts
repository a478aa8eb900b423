import { type Table, table } from './table.ts';

/**
 * Returns the class it is given. IdMap is an anonymous class expression passed through here so
 * that a build keeping names (tsx, scripts/bundle.mjs) does not rename it: esbuild's __name
 * redefines a class's `name`, and on a subclass of Map that made every `new IdMap()` about
 * three times slower (a call's legs make one per call).
 */
const unnamed = <C>(cls: C): C => cls;

/**
 * A collection keyed by ids that come and go all day (live calls, timers, a call's legs, callers'
 * numbers). Storing a fresh id string as a plain object's key makes V8 internalise it (a
 * string-table look-up and insert), and even looking one up that is not there probes the string
 * table, and a dictionary that thousands of keys have passed through; a Map only hashes it. It serialises as the record it replaced (`toJSON`), so snapshots keep their format and
 * old ones load unchanged (`idMapOf`). A Map's keys are never looked up on a prototype.
 */
export const IdMap = unnamed(
  class<T> extends Map<string, T> {
    toJSON(): Table<T> {
      const record = table<T>();
      for (const [id, value] of this) record[id] = value;
      return record;
    }
  },
);
export type IdMap<T> = InstanceType<typeof IdMap<T>>;

/**
 * An IdMap from a snapshot's record, a structured clone's Map (it drops the class), or
 * nothing; an IdMap is taken as it is.
 */
export function idMapOf<T>(
  value: IdMap<T> | Map<string, T> | Readonly<Record<string, T>> | undefined,
): IdMap<T> {
  if (value instanceof IdMap) return value as IdMap<T>;
  const map = new IdMap<T>();
  if (value instanceof Map) for (const [id, item] of value) map.set(id, item);
  else if (value) for (const id of Object.keys(value)) map.set(id, value[id] as T);
  return map;
}
