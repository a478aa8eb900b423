import type { Codec, RemoteMedia } from '../media-plane.ts';

/**
 * The little SDP (RFC 4566, offer/answer RFC 3264) a G.711 B2BUA needs: where the peer wants
 * its audio, which law, its telephone-event payload type and its direction (a phone's hold
 * button sends sendonly or inactive).
 */

type Direction = NonNullable<RemoteMedia['direction']>;
const directions: Direction[] = ['sendrecv', 'sendonly', 'recvonly', 'inactive'];
const staticTypes: Record<number, Codec> = { 0: 'PCMU', 8: 'PCMA' };

export interface Offer {
  address: string;
  port: number;
  /** G.711 laws the peer offers, in its order of preference, with their payload types. */
  codecs: Array<{ codec: Codec; payloadType: number }>;
  telephoneEventPayloadType?: number;
  direction: Direction;
}

/** Reads the first audio stream of an SDP body; undefined when there is none we can use. */
export function parseSdp(body: Buffer | string): Offer | undefined {
  const lines = body.toString().split(/\r?\n/);
  let sessionAddress: string | undefined;
  let sessionDirection: Direction = 'sendrecv';
  let media: { port: number; types: number[]; address?: string; direction?: Direction } | undefined;
  const rtpmap = new Map<number, string>();
  for (const line of lines) {
    if (line.startsWith('m=')) {
      if (media) break; // only the first m= line is ours
      const match = /^m=audio (\d+)(?:\/\d+)? RTP\/AVP((?: \d+)+)\s*$/.exec(line);
      if (!match) continue;
      media = { port: Number(match[1]), types: match[2]!.trim().split(' ').map(Number) };
      continue;
    }
    const connection = /^c=IN IP[46] ([^\s/]+)/.exec(line)?.[1];
    if (connection) {
      if (media) media.address = connection;
      else sessionAddress = connection;
      continue;
    }
    const map = /^a=rtpmap:(\d+) ([^/\s]+)\//.exec(line);
    if (map) rtpmap.set(Number(map[1]), map[2]!);
    const direction = directions.find((candidate) => line.trim() === `a=${candidate}`);
    if (direction) {
      if (media) media.direction = direction;
      else sessionDirection = direction;
    }
  }
  const address = media?.address ?? sessionAddress;
  if (!media || !address || media.port > 65535) return undefined;
  const codecs: Offer['codecs'] = [];
  let telephoneEventPayloadType: number | undefined;
  for (const type of media.types) {
    const name = rtpmap.get(type)?.toUpperCase();
    if (name === 'TELEPHONE-EVENT') telephoneEventPayloadType = type;
    else if (name === 'PCMU' || name === 'PCMA') codecs.push({ codec: name, payloadType: type });
    else if (!name && staticTypes[type]) codecs.push({ codec: staticTypes[type]!, payloadType: type });
  }
  return {
    address,
    port: media.port,
    codecs,
    ...(telephoneEventPayloadType !== undefined ? { telephoneEventPayloadType } : {}),
    direction: media.direction ?? sessionDirection,
  };
}

/** The peer's media as the plane wants it, with the first G.711 law it offered. */
export function remoteMedia(offer: Offer): RemoteMedia | undefined {
  const chosen = offer.codecs[0];
  if (!chosen) return undefined;
  return {
    address: offer.address,
    port: offer.port,
    codec: chosen.codec,
    payloadType: chosen.payloadType,
    ...(offer.telephoneEventPayloadType !== undefined
      ? { telephoneEventPayloadType: offer.telephoneEventPayloadType }
      : {}),
    direction: offer.direction,
  };
}

/** Our SDP: one audio stream on the leg's port, the given laws, RFC 4733 events on 101. */
export function buildSdp(options: {
  address: string;
  port: number;
  codecs: Codec[];
  sessionId: number;
  version?: number;
  direction?: Direction;
}): Buffer {
  const types = options.codecs.map((codec) => (codec === 'PCMU' ? 0 : 8));
  const family = options.address.includes(':') ? 'IP6' : 'IP4';
  const lines = [
    'v=0',
    `o=switchboard ${options.sessionId} ${options.version ?? 1} IN ${family} ${options.address}`,
    's=switchboard',
    `c=IN ${family} ${options.address}`,
    't=0 0',
    `m=audio ${options.port} RTP/AVP ${[...types, 101].join(' ')}`,
    ...options.codecs.map((codec) => `a=rtpmap:${codec === 'PCMU' ? 0 : 8} ${codec}/8000`),
    'a=rtpmap:101 telephone-event/8000',
    'a=fmtp:101 0-15',
    'a=ptime:20',
    `a=${options.direction ?? 'sendrecv'}`,
    '',
  ];
  return Buffer.from(lines.join('\r\n'));
}
