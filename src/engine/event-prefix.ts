/**
 * An event type's capability prefix ("call" for "call.leg_ringing"). Evolve asks it for every
 * event, twice; slicing the type each time made a new string to hash, so each type's prefix
 * is remembered (a few hundred types, all written in this code; bounded all the same, since
 * a log may hold types from other versions).
 */
const prefixes = new Map<string, string>();
const prefixesMax = 2_000;

export function eventPrefix(type: string): string {
  let prefix = prefixes.get(type);
  if (prefix === undefined) {
    prefix = internalised(type.slice(0, type.indexOf('.')));
    if (prefixes.size < prefixesMax) prefixes.set(type, prefix);
  }
  return prefix;
}

/**
 * The same text as the engine's literals' own string: evolve compares prefixes with literals
 * ('call', 'timer', …) for every event, and two such strings compare by identity, not by their
 * characters. A property name is one; a slice is not until made one.
 */
function internalised(text: string): string {
  return Object.keys({ [text]: true })[0] ?? text;
}
