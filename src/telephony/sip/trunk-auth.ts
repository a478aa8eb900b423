import { cseqOf } from './build.ts';
import type { LocalContact } from './dialog.ts';
import { viaFor } from './dialog.ts';
import { authorizationFor, parseChallenges } from './digest-client.ts';
import { Headers, type SipRequest, type SipResponse } from './message.ts';
import type { TransportKind } from './transport.ts';
import type { TrunkCredentials } from './trunk-secrets.ts';

/** Whether a final response is a carrier's digest challenge (401 from a UAS, 407 from a proxy). */
export const isChallenge = (response: SipResponse) => response.status === 401 || response.status === 407;

/**
 * The INVITE again, answering the carrier's challenge (RFC 3261 §22.2): same Call-ID, From
 * tag and body, the next CSeq, a new branch, and the Authorization (401) or
 * Proxy-Authorization (407) computed from the trunk's credentials. Undefined when the
 * challenge is not one we can answer.
 */
export function authenticatedRetry(
  request: SipRequest,
  challenge: SipResponse,
  credentials: TrunkCredentials,
  local: LocalContact,
  transport: TransportKind,
): SipRequest | undefined {
  const proxy = challenge.status === 407;
  const parsed = parseChallenges(challenge.headers.lines(proxy ? 'Proxy-Authenticate' : 'WWW-Authenticate'));
  if (!parsed) return undefined;
  const replaced = new Set(['via', 'cseq', 'authorization', 'proxy-authorization']);
  const headers = new Headers([['Via', viaFor(transport, local)]]);
  for (const [name, value] of request.headers)
    if (!replaced.has(name.toLowerCase())) headers.add(name, value);
  headers.add('CSeq', `${(cseqOf(request)?.seq ?? 1) + 1} ${request.method}`);
  headers.add(
    proxy ? 'Proxy-Authorization' : 'Authorization',
    authorizationFor(parsed, { method: request.method, uri: request.uri }, credentials),
  );
  return { ...request, headers };
}
