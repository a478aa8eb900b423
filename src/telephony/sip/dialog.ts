import { newBranch, newTag } from './build.ts';
import { parseNameAddr, parseUri } from './grammar.ts';
import { Headers, type SipRequest, type SipResponse } from './message.ts';
import type { Peer, TransportKind } from './transport.ts';

/**
 * A dialog (RFC 3261 §12): what both ends agreed on at its start, enough to send requests
 * inside it (BYE, re-INVITE, NOTIFY, ACK) and to recognise the peer's.
 */
export interface Dialog {
  callId: string;
  localTag: string;
  remoteTag: string;
  /** From/To header values as this side writes them in its requests (with tags). */
  localAddr: string;
  remoteAddr: string;
  /** The peer's Contact URI: where in-dialog requests are addressed. */
  remoteTarget: string;
  routeSet: string[];
  localSeq: number;
  remoteSeq: number;
  /** Where requests are sent (the peer's address for a UAS; the target for a UAC). */
  peer: Peer;
}

export interface LocalContact {
  /** The address and port advertised in Via and Contact. */
  host: string;
  port: number;
}

const withTag = (value: string, tag: string) => (/;\s*tag\s*=/i.test(value) ? value : `${value};tag=${tag}`);
const tagIn = (value: string) => parseNameAddr(value)?.params.get('tag') ?? '';

const contactUri = (message: SipRequest | SipResponse): string => {
  const contact = message.headers.values('Contact')[0];
  return contact ? (parseNameAddr(contact)?.uriText ?? '') : '';
};

/** The dialog a UAS creates by answering a request (INVITE, REFER-created subscriptions aside). */
export function dialogAsUas(request: SipRequest, from: Peer, localTag: string): Dialog {
  return {
    callId: request.headers.get('Call-ID')!,
    localTag,
    remoteTag: tagIn(request.headers.get('From')!),
    localAddr: withTag(request.headers.get('To')!, localTag),
    remoteAddr: request.headers.get('From')!,
    remoteTarget: contactUri(request) || request.uri,
    routeSet: request.headers.values('Record-Route'),
    localSeq: Math.floor(Math.random() * 10_000) + 1,
    remoteSeq: Number(/^\s*(\d+)/.exec(request.headers.get('CSeq')!)?.[1] ?? 0),
    peer: from,
  };
}

/** The dialog a UAC has once a 2xx (or a 1xx with a To tag) to its INVITE arrives. */
export function dialogAsUac(request: SipRequest, response: SipResponse, to: Peer): Dialog {
  return {
    callId: request.headers.get('Call-ID')!,
    localTag: tagIn(request.headers.get('From')!),
    remoteTag: tagIn(response.headers.get('To')!),
    localAddr: request.headers.get('From')!,
    remoteAddr: response.headers.get('To')!,
    remoteTarget: contactUri(response) || request.uri,
    routeSet: response.headers.values('Record-Route').reverse(),
    localSeq: Number(/^\s*(\d+)/.exec(request.headers.get('CSeq')!)?.[1] ?? 1),
    remoteSeq: 0,
    peer: to,
  };
}

/** A new request inside the dialog; ACK reuses the INVITE's CSeq number, CANCEL never comes here. */
export function dialogRequest(
  dialog: Dialog,
  method: string,
  local: LocalContact,
  options: { headers?: Array<[string, string]>; body?: Buffer; cseq?: number } = {},
): SipRequest {
  if (options.cseq === undefined && method !== 'ACK') dialog.localSeq += 1;
  const headers = new Headers();
  headers.add('Via', viaFor(dialog.peer.transport, local));
  headers.add('Max-Forwards', '70');
  for (const route of dialog.routeSet) headers.add('Route', route);
  headers.add('From', dialog.localAddr);
  headers.add('To', dialog.remoteAddr);
  headers.add('Call-ID', dialog.callId);
  headers.add('CSeq', `${options.cseq ?? dialog.localSeq} ${method}`);
  headers.add('Contact', `<sip:${local.host}:${local.port}${transportParam(dialog.peer.transport)}>`);
  for (const [name, value] of options.headers ?? []) headers.add(name, value);
  return {
    kind: 'request',
    method,
    uri: dialog.remoteTarget,
    headers,
    body: options.body ?? Buffer.alloc(0),
  };
}

export const viaFor = (transport: TransportKind, local: LocalContact) =>
  `SIP/2.0/${transport.toUpperCase()} ${local.host}:${local.port};branch=${newBranch()};rport`;

export const transportParam = (transport: TransportKind) => (transport === 'tcp' ? ';transport=tcp' : '');

/** Where a URI says to send requests (its host and port; UDP unless transport=tcp). */
export function peerOfUri(uriText: string): Peer | undefined {
  const uri = parseUri(uriText);
  if (!uri || uri.scheme === 'tel') return undefined;
  const transport = uri.params.get('transport')?.toLowerCase() === 'tcp' ? 'tcp' : 'udp';
  return { transport, address: uri.host.replace(/^\[|\]$/g, ''), port: uri.port ?? 5060 };
}

/** An out-of-dialog INVITE (or other request) to a target URI. */
export function newRequest(
  method: string,
  target: string,
  local: LocalContact,
  parts: {
    from: string;
    to: string;
    callId: string;
    transport: TransportKind;
    headers?: Array<[string, string]>;
    body?: Buffer;
  },
): SipRequest {
  const headers = new Headers();
  headers.add('Via', viaFor(parts.transport, local));
  headers.add('Max-Forwards', '70');
  headers.add('From', withTag(parts.from, newTag()));
  headers.add('To', parts.to);
  headers.add('Call-ID', parts.callId);
  headers.add('CSeq', `1 ${method}`);
  headers.add('Contact', `<sip:${local.host}:${local.port}${transportParam(parts.transport)}>`);
  for (const [name, value] of parts.headers ?? []) headers.add(name, value);
  return { kind: 'request', method, uri: target, headers, body: parts.body ?? Buffer.alloc(0) };
}
