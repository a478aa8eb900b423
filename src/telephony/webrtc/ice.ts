/**
 * ICE candidates confined to the configured interfaces (issue 15: loopback in tests, the
 * node's media address in production). werift binds its sockets to the configured address
 * but may still name the machine's other addresses in candidates; those are never offered
 * to a browser, and a pair whose local side is not on the address is never used.
 */
import type { CandidateInit } from '../../api/signalling.ts';

export type { CandidateInit };

/** The connection address of an SDP candidate line ("candidate:… udp 2130706431 127.0.0.1 5000 typ host"). */
export function candidateAddress(candidate: string): string | undefined {
  const fields = candidate.replace(/^a=/, '').trim().split(/\s+/);
  return fields.length >= 8 && fields[0]!.startsWith('candidate:') ? fields[4] : undefined;
}

/** Keeps only candidates on `allowed` addresses, in a whole SDP. */
export function confineSdp(sdp: string, allowed: ReadonlySet<string>): string {
  return sdp
    .split('\r\n')
    .filter((line) => {
      if (!line.startsWith('a=candidate:')) return true;
      const address = candidateAddress(line);
      return address !== undefined && allowed.has(address);
    })
    .join('\r\n');
}
