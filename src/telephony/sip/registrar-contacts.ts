import type { RegistrationVersion } from '../../store/port.ts';
import { cseqOf } from './build.ts';
import { parseNameAddr } from './grammar.ts';
import type { Binding } from './registrar-bindings.ts';
import type { ServerTransaction } from './transactions.ts';

export const minExpiresSec = 60;
export const maxExpiresSec = 3600;

/** What a REGISTER asks (RFC 3261 §10.3 steps 6-7), or the answer refusing it. */
export type Asked =
  | { fresh: Binding[]; removed: string[]; version: RegistrationVersion }
  | { status: number; reason?: string; headers?: Array<[string, string]> };

/**
 * The bindings a REGISTER adds or refreshes and the contacts it removes ('*': all the
 * user's), each with the request's Call-ID and CSeq; read whole before anything changes, so a
 * request refused for one bad Contact changes nothing.
 */
export function readContacts(transaction: ServerTransaction, now: number): Asked {
  const { request, from } = transaction;
  const headerExpires = request.headers.get('Expires');
  const contacts = request.headers.values('Contact');
  const version = { callId: request.headers.get('Call-ID')?.trim() ?? '', cseq: cseqOf(request)?.seq ?? 0 };
  const removed: string[] = [];
  const fresh: Binding[] = [];
  if (contacts.length === 1 && contacts[0] === '*') {
    if (headerExpires?.trim() !== '0') return { status: 400, reason: 'Wildcard Contact Needs Expires 0' };
    removed.push('*');
  }
  for (const value of contacts) {
    if (value === '*') continue;
    const contact = parseNameAddr(value);
    if (!contact?.uri) return { status: 400, reason: 'Malformed Contact' };
    const expires = Number(contact.params.get('expires') ?? headerExpires ?? maxExpiresSec);
    if (!Number.isFinite(expires) || expires < 0) return { status: 400, reason: 'Malformed Expires' };
    if (expires === 0) {
      removed.push(contact.uriText);
      continue;
    }
    if (expires < minExpiresSec) return { status: 423, headers: [['Min-Expires', String(minExpiresSec)]] };
    const seconds = Math.min(expires, maxExpiresSec);
    const userAgent = request.headers.get('User-Agent')?.trim().slice(0, 100);
    fresh.push({
      contact: contact.uriText,
      peer: from,
      expiresAt: now + seconds * 1000,
      ...(userAgent ? { userAgent } : {}),
      ...version,
    });
  }
  return { fresh, removed, version };
}
