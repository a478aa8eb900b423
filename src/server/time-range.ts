import { invalid } from '../domain/errors.ts';

/** A list's from/to query (ISO date-times, already checked by the schema) as ms; to must follow from. */
export function timeRange(from: string | undefined, to: string | undefined) {
  const range = {
    from: from === undefined ? undefined : Date.parse(from),
    to: to === undefined ? undefined : Date.parse(to),
  };
  if (range.from !== undefined && range.to !== undefined && range.to <= range.from)
    throw invalid('to', 'to must be later than from');
  return range;
}
