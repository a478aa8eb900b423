import type { Prepare } from './statement-cache.ts';

/** Rows per statement, largest first: a batch's rows take as few statements as these sizes allow. */
const rowsPerStatement = [64, 16, 4, 1];

/** `(?, ?, …)` for `rows` rows of `width` values. */
export const valueRows = (rows: number, width: number): string => {
  const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  return Array.from({ length: rows }, () => row).join(', ');
};

/**
 * Runs the statement `sqlOf(rows)` makes for `rows` rows over `values` (rows of `width` values,
 * flattened), in runs of 64, 16, 4 and 1 rows: one statement a table for most batches, and a
 * few texts only for the statement cache to hold.
 */
export function inRowRuns(
  stmt: Prepare,
  width: number,
  values: ReadonlyArray<string | number | null>,
  sqlOf: (rows: number) => string,
): void {
  let offset = 0;
  for (const rows of rowsPerStatement) {
    const size = rows * width;
    if (values.length - offset < size) continue;
    const statement = stmt(sqlOf(rows));
    for (; values.length - offset >= size; offset += size) statement.run(values.slice(offset, offset + size));
  }
}

/** `make`'s SQL for each number of rows, made once (the statement cache hashes the text each run). */
export function sqlByRows(make: (rows: number) => string): (rows: number) => string {
  const texts = new Map<number, string>();
  return (rows) => {
    let text = texts.get(rows);
    if (text === undefined) {
      text = make(rows);
      texts.set(rows, text);
    }
    return text;
  };
}
