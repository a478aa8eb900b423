import { parseCSeq, parseNameAddr, parseUri, parseVia } from './grammar.ts';
import { Headers, type SipMessage, type SipRequest } from './message.ts';

/**
 * Bytes to a SIP message (RFC 3261 §7). Never throws: a message that cannot be trusted is
 * refused with the status its sender should get (400, or 505/416 where RFC 3261 says so),
 * carrying what was readable so that a request can still be answered.
 */
export type ParseResult =
  | { ok: true; message: SipMessage }
  | {
      ok: false;
      status: number;
      reason: string;
      /** The request as far as it was read, when enough of it was read to answer it. */
      request?: SipRequest;
    };

const requestLineRe = /^([A-Za-z0-9\-.!%*_+`'~]+) (\S+) (SIP\/\d+\.\d+)$/;
const statusLineRe = /^SIP\/2\.0 (\d{3}) (.*)$/;
const headerNameRe = /^[A-Za-z0-9\-.!%*_+`'~]+$/;

/** Headers that must appear exactly once (RFC 3261 §20; RFC 4475 "multi01"). */
const singletons = ['To', 'From', 'Call-ID', 'CSeq', 'Max-Forwards'];

/** Where the header section ends and the body starts, or undefined when no blank line yet. */
export function headerEnd(data: Buffer, from = 0): { end: number; bodyStart: number } | undefined {
  const crlf = data.indexOf('\r\n\r\n', from);
  const lf = data.indexOf('\n\n', from);
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { end: crlf, bodyStart: crlf + 4 };
  if (lf >= 0) return { end: lf, bodyStart: lf + 2 };
  return undefined;
}

/** Leading CRLFs before a message are keep-alives (RFC 5626) or noise and are skipped. */
export function skipBlankLines(data: Buffer): number {
  let at = 0;
  while (at < data.length && (data[at] === 0x0d || data[at] === 0x0a)) at++;
  return at;
}

/**
 * Parses one datagram (`stream: false`, body = the rest when Content-Length is absent) or one
 * framed stream message (`stream: true`, the caller has cut it at Content-Length).
 */
export function parseMessage(data: Buffer, options: { stream?: boolean } = {}): ParseResult {
  try {
    return parse(data.subarray(skipBlankLines(data)), options.stream ?? false);
  } catch {
    // The parser is written not to throw; this keeps a bug in it from ever reaching the socket loop.
    return { ok: false, status: 400, reason: 'Unparseable message' };
  }
}

function parse(data: Buffer, stream: boolean): ParseResult {
  const bounds = headerEnd(data);
  if (!bounds) return refuse('No blank line after the headers');
  const lines = unfold(data.subarray(0, bounds.end).toString('utf8'));
  const start = lines.shift() ?? '';
  const headers = new Headers();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    if (!headerNameRe.test(name)) return refuse(`Malformed header line "${line.slice(0, 40)}"`);
    headers.add(name, line.slice(colon + 1).trim());
  }
  const body = readBody(data, bounds.bodyStart, headers, stream);
  if (typeof body === 'string') return refuse(body, requestFor(start, headers));
  const request = requestLineRe.exec(start);
  if (request) return checkRequest(request[1]!, request[2]!, request[3]!, headers, body);
  const status = statusLineRe.exec(start);
  if (!status) return refuse('Malformed start line', requestFor(start, headers));
  const code = Number(status[1]);
  if (code < 100) return refuse('Status code out of range');
  const problem = checkCommon(headers);
  if (problem) return refuse(problem);
  return { ok: true, message: { kind: 'response', status: code, reason: status[2]!, headers, body } };
}

/** Header lines with folded continuation lines (leading SP/HT) joined by one space. */
function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0)
      lines[lines.length - 1] = `${lines.at(-1)!.trimEnd()} ${line.trim()}`;
    else lines.push(line);
  }
  return lines;
}

function readBody(data: Buffer, at: number, headers: Headers, stream: boolean): Buffer | string {
  const lengths = [...new Set(headers.lines('Content-Length'))];
  if (lengths.length > 1) return 'Conflicting Content-Length headers';
  if (lengths.length === 0) return stream ? 'Content-Length is required on a stream' : data.subarray(at);
  if (!/^\d{1,9}$/.test(lengths[0]!)) return 'Content-Length is not a number';
  const length = Number(lengths[0]);
  if (at + length > data.length) return 'Content-Length is larger than the message';
  return data.subarray(at, at + length);
}

function checkCommon(headers: Headers): string | undefined {
  for (const name of singletons.slice(0, 4)) if (!headers.has(name)) return `Missing ${name}`;
  for (const name of singletons) if (headers.lines(name).length > 1) return `More than one ${name}`;
  const vias = headers.values('Via');
  if (vias.length === 0 || vias.some((via) => !parseVia(via))) return 'Malformed Via';
  if (!parseNameAddr(headers.get('From')!)) return 'Malformed From';
  if (!parseNameAddr(headers.get('To')!)) return 'Malformed To';
  if (!/^\S+$/.test(headers.get('Call-ID')!)) return 'Malformed Call-ID';
  if (!parseCSeq(headers.get('CSeq')!)) return 'Malformed CSeq';
  for (const contact of headers.values('Contact'))
    if (contact !== '*' && !isBracketSafe(contact)) return 'Malformed Contact';
  return undefined;
}

/** A bare addr-spec may not hold , ? or ; in its URI (RFC 3261 §20.10; RFC 4475 "regbadct"). */
function isBracketSafe(value: string): boolean {
  const addr = parseNameAddr(value);
  if (!addr) return false;
  return value.includes('<') || !addr.uriText.includes('?');
}

function checkRequest(
  method: string,
  uriText: string,
  version: string,
  headers: Headers,
  body: Buffer,
): ParseResult {
  const request: SipRequest = { kind: 'request', method, uri: uriText, headers, body };
  if (version !== 'SIP/2.0')
    return {
      ok: false,
      status: 505,
      reason: 'Version Not Supported',
      ...(answerable(headers) ? { request } : {}),
    };
  const problem = checkCommon(headers);
  if (problem) return refuse(problem, answerable(headers) ? request : undefined);
  if (parseCSeq(headers.get('CSeq')!)!.method !== method)
    return refuse('CSeq method does not match the request', request);
  const maxForwards = headers.get('Max-Forwards');
  if (maxForwards !== undefined && !(/^\d{1,9}$/.test(maxForwards) && Number(maxForwards) <= 255))
    return refuse('Malformed Max-Forwards', request);
  const scheme = /^([A-Za-z][A-Za-z0-9+\-.]*):/.exec(uriText)?.[1]?.toLowerCase();
  if (!scheme) return refuse('Malformed Request-URI', request);
  if (scheme !== 'sip' && scheme !== 'sips' && scheme !== 'tel')
    return { ok: false, status: 416, reason: 'Unsupported URI Scheme', request };
  const uri = parseUri(uriText);
  // Headers escaped into a Request-URI are meaningless there (RFC 4475 "escruri").
  if (!uri || uri.headers !== undefined) return refuse('Malformed Request-URI', request);
  return { ok: true, message: request };
}

/** Enough to build a response (RFC 3261 §8.2.6.2): one readable Via, From, To, Call-ID, CSeq. */
function answerable(headers: Headers): boolean {
  const via = headers.values('Via')[0];
  return (
    via !== undefined &&
    parseVia(via) !== undefined &&
    ['From', 'To', 'Call-ID', 'CSeq'].every((name) => headers.lines(name).length === 1)
  );
}

/** A request whose start line is malformed (RFC 4475 "lwsruri", "trws") is still answered 400. */
function requestFor(start: string, headers: Headers): SipRequest | undefined {
  const method = /^([A-Za-z0-9\-.!%*_+`'~]+) /.exec(start)?.[1];
  if (!method || start.startsWith('SIP/') || !answerable(headers)) return undefined;
  return { kind: 'request', method, uri: start.split(/\s+/)[1] ?? '', headers, body: Buffer.alloc(0) };
}

const refuse = (reason: string, request?: SipRequest): ParseResult => ({
  ok: false,
  status: 400,
  reason,
  ...(request ? { request } : {}),
});
