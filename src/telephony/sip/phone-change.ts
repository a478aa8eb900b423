import type { Binding } from './registrar.ts';

/**
 * A change to one user's phones made at a node that does not own their workspace (several
 * nodes on PostgreSQL, issue 18), for the node that does: a phone may register with any node,
 * and the owner alone rings phones and tells its engine of them.
 */
export interface PhoneChange {
  workspaceId: string;
  userId: string;
  /** The user's phones as the sending node holds them (new, refreshed or handed over). */
  bindings: Binding[];
  /** Contacts un-registered; '*' for every phone of the user. */
  removed: string[];
}

const isText = (value: unknown, max = 2048): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

function bindingOf(value: unknown): Binding | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { contact, peer, expiresAt, userAgent } = value as Record<string, unknown>;
  if (!isText(contact) || typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return undefined;
  if (typeof peer !== 'object' || peer === null) return undefined;
  const { transport, address, port } = peer as Record<string, unknown>;
  if ((transport !== 'udp' && transport !== 'tcp') || !isText(address, 64)) return undefined;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65_535) return undefined;
  return {
    contact,
    peer: { transport, address, port },
    expiresAt,
    ...(isText(userAgent, 100) ? { userAgent } : {}),
  };
}

/** A change as another node sent it (through the database), or undefined when it is malformed. */
export function parsePhoneChange(value: unknown): PhoneChange | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { workspaceId, userId, bindings, removed } = value as Record<string, unknown>;
  if (!isText(workspaceId, 200) || !isText(userId, 200)) return undefined;
  if (!Array.isArray(bindings) || !Array.isArray(removed) || !removed.every((item) => isText(item)))
    return undefined;
  const parsed = bindings.map(bindingOf);
  if (!parsed.every((binding) => binding !== undefined)) return undefined;
  return { workspaceId, userId, bindings: parsed as Binding[], removed: removed as string[] };
}
