import { randomFillSync } from 'node:crypto';

/** Random bits an id takes (56) and how many ids' worth are drawn from the OS at once. */
const randomBytesPerId = 7;
const idsPerRefill = 512;
const pool = Buffer.alloc(randomBytesPerId * idsPerRefill);
let used = pool.length;

/**
 * The next id's random part, 14 hex digits. Drawn from a pool filled a few KB at a time, as
 * Node's randomUUID does: a randomBytes call per id was a crypto job each, ≈ 13 µs of the event
 * loop per call placed (an id for the call and each leg; calls bench, session 15).
 */
function randomHex(): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const hex = pool.toString('hex', used, used + randomBytesPerId);
  used += randomBytesPerId;
  return hex;
}

/**
 * Ids are made at the edge (routes, telephony drivers, config apply), beside the clock, so the
 * engine stays deterministic: a readable prefix, the time in ms (12 hex digits), then 56 random
 * bits. Time first, so that a new call's rows (calls, history, participants, all keyed by its
 * id) go at the end of their B-trees instead of on random pages: a commit then writes a few
 * pages to the WAL instead of a page per row, and the SQLite writer's CPU per call fell from
 * 0.22 to 0.14 ms at ~2,000 calls/s (issue 16 goal 2, BENCHMARKS.md session 14).
 */
export const newId = (prefix: string) =>
  `${prefix}_${Date.now().toString(16).padStart(12, '0')}${randomHex()}`;
