import { randomBytes } from 'node:crypto';

/**
 * Ids are made at the edge (routes, telephony drivers, config apply), beside the clock, so the
 * engine stays deterministic: a readable prefix, the time in ms (12 hex digits), then 56 random
 * bits. Time first, so that a new call's rows (calls, history, participants, all keyed by its
 * id) go at the end of their B-trees instead of on random pages: a commit then writes a few
 * pages to the WAL instead of a page per row, and the SQLite writer's CPU per call fell from
 * 0.22 to 0.14 ms at ~2,000 calls/s (issue 16 goal 2, BENCHMARKS.md session 14).
 */
export const newId = (prefix: string) =>
  `${prefix}_${Date.now().toString(16).padStart(12, '0')}${randomBytes(7).toString('hex')}`;
