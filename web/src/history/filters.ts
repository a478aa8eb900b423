/** Filters live in the page's address, so Back returns to the same list and a link can be shared. */

/** The query string for the API: the filters set, and nothing else. */
export function apiQuery(
  params: URLSearchParams,
  keys: readonly string[],
  extra: Record<string, string> = {},
) {
  const query = new URLSearchParams();
  for (const key of keys) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) query.set(key, value);
  return query.toString();
}

export const pageSize = 50;

/** "3 min 05 s" style, from milliseconds. */
export function durationParts(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.round(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}
