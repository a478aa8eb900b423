import type { RegistrationVersion } from '../../store/port.ts';
import type { Binding } from './registrar-bindings.ts';

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
  /** The un-REGISTER that removed them (RFC 3261 §10.3 step 7); absent from an older node. */
  removedBy?: RegistrationVersion;
}

const isText = (value: unknown, max = 2048): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;

function bindingOf(value: unknown): Binding | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { contact, peer, expiresAt, userAgent, callId, cseq } = value as Record<string, unknown>;
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
    ...versionOf({ callId, cseq }),
  };
}

/** A REGISTER's Call-ID and CSeq number as sent, or nothing when either is malformed or absent. */
function versionOf({ callId, cseq }: Record<string, unknown>): Partial<RegistrationVersion> {
  if (typeof callId !== 'string' || callId.length > 256) return {};
  if (typeof cseq !== 'number' || !Number.isInteger(cseq) || cseq < 0 || cseq >= 2 ** 31) return {};
  return { callId, cseq };
}

/** A change as another node sent it (through the database), or undefined when it is malformed. */
export function parsePhoneChange(value: unknown): PhoneChange | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { workspaceId, userId, bindings, removed, removedBy } = value as Record<string, unknown>;
  if (!isText(workspaceId, 200) || !isText(userId, 200)) return undefined;
  if (!Array.isArray(bindings) || !Array.isArray(removed) || !removed.every((item) => isText(item)))
    return undefined;
  const parsed = bindings.map(bindingOf);
  if (!parsed.every((binding) => binding !== undefined)) return undefined;
  const by =
    typeof removedBy === 'object' && removedBy !== null
      ? versionOf(removedBy as Record<string, unknown>)
      : {};
  return {
    workspaceId,
    userId,
    bindings: parsed as Binding[],
    removed: removed as string[],
    ...(by.callId !== undefined && by.cseq !== undefined
      ? { removedBy: { callId: by.callId, cseq: by.cseq } }
      : {}),
  };
}
