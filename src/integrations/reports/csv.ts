export type Cell = string | number | boolean | undefined | null;

/**
 * One RFC 4180 line. A text cell that a spreadsheet would run as a formula (=, @, a tab, or
 * + or - not starting a number) is prefixed with an apostrophe: a caller's name is data.
 */
export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvCell(cell: Cell): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const safe = /^[=@\t\r]|^[+-](?![\d\s().]*$)/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
