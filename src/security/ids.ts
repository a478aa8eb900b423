import { randomUUID } from 'node:crypto';

/** Ids are made at the edge, so the engine stays deterministic: a readable prefix and a UUID. */
export const newId = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
