import { createHash } from 'node:crypto';
import { rawPeer, until } from './peers.ts';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

export type RawPeer = Awaited<ReturnType<typeof rawPeer>>;

export interface Registration {
  sipPort: number;
  username: string;
  password: string;
  userAgent?: string;
  expires?: number;
}

/**
 * A phone's REGISTER written by hand (no baresip): asks, answers the digest challenge
 * (RFC 2617 qop=auth, MD5) and returns the final status. Fast enough for API and console tests.
 */
export async function registerByHand(
  options: Registration,
): Promise<{ status: number; port: number; received: string[]; close(): void }> {
  const peer = await rawPeer();
  return { status: await registerOn(peer, options), ...peer };
}

/**
 * One REGISTER from this peer with its digest challenge answered, as a phone sends them again
 * and again: the peer's own Call-ID across its requests and a CSeq rising from `cseq` (RFC 3261
 * §10.2.4, §10.2.2; Expires: 0 un-registers). Returns the final status.
 */
export async function registerOn(peer: RawPeer, options: Registration & { cseq?: number }): Promise<number> {
  const { sipPort, username, password, cseq: first = 1 } = options;
  const uri = `sip:127.0.0.1:${sipPort}`;
  const request = (cseq: number, authorization?: string) =>
    [
      `REGISTER ${uri} SIP/2.0`,
      `Via: SIP/2.0/UDP 127.0.0.1:${peer.port};branch=z9hG4bK-reg-${username}-${cseq}-${Date.now()}`,
      'Max-Forwards: 70',
      `From: <sip:${username}@127.0.0.1>;tag=reg-${username}`,
      `To: <sip:${username}@127.0.0.1>`,
      `Call-ID: reg-${username}-${peer.port}`,
      `CSeq: ${cseq} REGISTER`,
      `Contact: <sip:${username}@127.0.0.1:${peer.port}>`,
      `Expires: ${options.expires ?? 600}`,
      ...(options.userAgent ? [`User-Agent: ${options.userAgent}`] : []),
      ...(authorization ? [`Authorization: ${authorization}`] : []),
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  const answer = (cseq: number) =>
    until(`the answer to REGISTER ${cseq}`, () =>
      peer.received.find((message) => message.includes(`CSeq: ${cseq} REGISTER`)),
    );
  peer.send(request(first), sipPort);
  const challenge = await answer(first);
  const nonce = /nonce="([^"]+)"/.exec(challenge)?.[1];
  const realm = /realm="([^"]+)"/.exec(challenge)?.[1];
  if (!nonce || !realm) return Number(challenge.slice(8, 11));
  const cnonce = 'c0ffee';
  const ha1 = md5(`${username}:${realm}:${password}`);
  const response = md5(`${ha1}:${nonce}:00000001:${cnonce}:auth:${md5(`REGISTER:${uri}`)}`);
  peer.send(
    request(
      first + 1,
      `Digest username="${username}", realm="${realm}", nonce="${nonce}", uri="${uri}", response="${response}", algorithm=MD5, qop=auth, nc=00000001, cnonce="${cnonce}"`,
    ),
    sipPort,
  );
  return Number((await answer(first + 1)).slice(8, 11));
}
