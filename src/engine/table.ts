/**
 * Records keyed by ids from outside (users, calls, menus' digits …). A plain object's
 * prototype answers for "constructor", "toString" or "__proto__", and writing "__proto__"
 * replaces the prototype instead of adding an entry: every such record is prototype-free
 * (issue 12 item 2), and a record that may not be is read through `own`.
 */
export type Table<T> = Record<string, T>;

/** An empty prototype-free record. */
export const table = <T>(): Table<T> => Object.create(null) as Table<T>;

/** A prototype-free copy: "__proto__" stays an ordinary entry (JSON.parse and structuredClone keep it as one). */
export function tableOf<T>(record: Readonly<Record<string, T>> | undefined): Table<T> {
  const copy = table<T>();
  if (record) for (const key of Object.keys(record)) copy[key] = record[key] as T;
  return copy;
}

/** Whether a record holds any entry, without listing its keys (asked after every decision). */
export function hasEntries(record: Readonly<Record<string, unknown>>): boolean {
  for (const _ in record) return true;
  return false;
}

/** The entry under `key` if the record itself holds one; never a property of its prototype. */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
