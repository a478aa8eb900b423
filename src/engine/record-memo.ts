/**
 * A value derived from one of the state's records (its numbers, its workflows), remembered
 * beside that record: keyed by the record object itself (a WeakMap, as supervision/monitored.ts
 * does for the calls), so a state loaded from a snapshot or copied has new records and derives
 * it again, and forgotten by evolve whenever an event changes the record. Asked after every
 * decision, it then costs a WeakMap look-up, not a walk over a dictionary-mode object's keys
 * (which lists them in a new array each time). Never stored.
 */
export class RecordMemo<R extends object, V> {
  private readonly known = new WeakMap<R, V>();

  constructor(private readonly derive: (record: R) => V) {}

  of(record: R): V {
    let value = this.known.get(record);
    if (value === undefined) {
      value = this.derive(record);
      this.known.set(record, value);
    }
    return value;
  }

  /** Called by evolve on every event that changes the record. */
  forget(record: R): void {
    this.known.delete(record);
  }
}
