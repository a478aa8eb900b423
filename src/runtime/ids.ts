import { randomUUID } from 'node:crypto';

/**
 * Ids are made at the edge (routes, telephony drivers, config apply), beside the clock, so the
 * engine stays deterministic: a readable prefix and a UUID.
 */
export const newId = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
