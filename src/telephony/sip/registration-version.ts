import type { RegistrationVersion } from '../../store/port.ts';

/** A binding's last REGISTER, as kept beside it (absent: saved before versions were kept). */
export interface Versioned {
  callId?: string;
  cseq?: number;
  expiresAt: number;
}

/**
 * RFC 3261 §10.3 step 7: a REGISTER changes a binding saved by another Call-ID (the phone
 * restarted) or by the same Call-ID with a lower or equal CSeq (equal: the same request again);
 * an earlier one arriving late changes nothing. An expired binding is anyone's. The PostgreSQL
 * store states the same rule in SQL (src/store/postgres/registrations.ts).
 *
 * A binding without a Call-ID (the empty one) comes from a node still on older code during a
 * rolling upgrade: nothing says which REGISTER came first, so it never undoes a versioned
 * binding or un-registration unless it outlasts it (any registration lasts at most an hour, an
 * un-registration's mark as long, so one outlasting a mark was registered after it). A
 * binding saved without a Call-ID is replaced by any change, as before versions were kept.
 */
export function changes(incoming: Incoming, stored: Versioned | undefined, now: number): boolean {
  if (!stored || stored.expiresAt <= now || !stored.callId) return true;
  if (!incoming.callId) return (incoming.expiresAt ?? 0) > stored.expiresAt;
  return stored.callId !== incoming.callId || (stored.cseq ?? 0) <= incoming.cseq;
}

/** A change's REGISTER, and for a binding its expiry (what orders one saved without a Call-ID). */
export type Incoming = RegistrationVersion & { expiresAt?: number };

/** A binding's version as a change carries it: none kept reads as the empty Call-ID, CSeq 0. */
export const versionOf = (binding: { callId?: string; cseq?: number; expiresAt: number }): Incoming => ({
  callId: binding.callId ?? '',
  cseq: binding.cseq ?? 0,
  expiresAt: binding.expiresAt,
});

/**
 * How long an un-registered phone's mark is kept: as long as its registration could have lasted
 * (the registrar's longest, 3600 s), after which no REGISTER of it can still be on its way.
 */
export const removalMarkMs = 3_600_000;
