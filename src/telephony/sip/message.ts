/**
 * SIP messages (RFC 3261 §7) as the rest of the driver sees them: a start line, headers in
 * their received order under their canonical (long-form) names, and a body of bytes.
 */

export interface SipRequest {
  kind: 'request';
  method: string;
  uri: string;
  headers: Headers;
  body: Buffer;
}

export interface SipResponse {
  kind: 'response';
  status: number;
  reason: string;
  headers: Headers;
  body: Buffer;
}

export type SipMessage = SipRequest | SipResponse;

/** Compact forms (RFC 3261 §7.3.3 and extensions) and the canonical spelling of common headers. */
const compact: Record<string, string> = {
  i: 'Call-ID',
  m: 'Contact',
  e: 'Content-Encoding',
  l: 'Content-Length',
  c: 'Content-Type',
  f: 'From',
  s: 'Subject',
  k: 'Supported',
  t: 'To',
  v: 'Via',
  r: 'Refer-To',
  b: 'Referred-By',
  o: 'Event',
  u: 'Allow-Events',
};

const canonical = new Map(
  [
    'Accept',
    'Allow',
    'Authorization',
    'Call-ID',
    'Contact',
    'Content-Length',
    'Content-Type',
    'Content-Encoding',
    'CSeq',
    'Date',
    'Event',
    'Expires',
    'From',
    'Max-Forwards',
    'Min-Expires',
    'Proxy-Authenticate',
    'Proxy-Authorization',
    'Proxy-Require',
    'Record-Route',
    'Refer-To',
    'Referred-By',
    'Require',
    'Retry-After',
    'Route',
    'Server',
    'Subject',
    'Subscription-State',
    'Supported',
    'To',
    'Unsupported',
    'User-Agent',
    'Via',
    'WWW-Authenticate',
    'Allow-Events',
    'P-Asserted-Identity',
    'Remote-Party-ID',
  ].map((name) => [name.toLowerCase(), name]),
);

/** The canonical name of a header: compact forms expanded, known names spelled as in the RFC. */
export function headerName(name: string): string {
  const lower = name.toLowerCase();
  if (Object.hasOwn(compact, lower)) return compact[lower]!;
  return canonical.get(lower) ?? name;
}

/** Headers whose value is a comma-separated list that may also be split over several lines. */
const listHeaders = new Set(['via', 'contact', 'route', 'record-route', 'allow', 'supported', 'require']);

/** Ordered, case-insensitive headers. */
export class Headers {
  private readonly entries: Array<[string, string]> = [];

  constructor(entries: Iterable<[string, string]> = []) {
    for (const [name, value] of entries) this.add(name, value);
  }

  add(name: string, value: string): this {
    this.entries.push([headerName(name), value]);
    return this;
  }

  /** Replaces every value of a header with one value. */
  set(name: string, value: string): this {
    this.remove(name);
    return this.add(name, value);
  }

  remove(name: string): this {
    const key = headerName(name).toLowerCase();
    for (let i = this.entries.length - 1; i >= 0; i--)
      if (this.entries[i]![0].toLowerCase() === key) this.entries.splice(i, 1);
    return this;
  }

  /** The first value of a header (the whole line for list headers). */
  get(name: string): string | undefined {
    const key = headerName(name).toLowerCase();
    return this.entries.find(([entry]) => entry.toLowerCase() === key)?.[1];
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  /** Every line of a header, in order. */
  lines(name: string): string[] {
    const key = headerName(name).toLowerCase();
    return this.entries.filter(([entry]) => entry.toLowerCase() === key).map(([, value]) => value);
  }

  /** Every value of a list header, comma-separated values split (outside quotes and <>). */
  values(name: string): string[] {
    const lines = this.lines(name);
    if (!listHeaders.has(headerName(name).toLowerCase())) return lines;
    return lines.flatMap(splitList);
  }

  *[Symbol.iterator](): IterableIterator<[string, string]> {
    yield* this.entries;
  }

  clone(): Headers {
    return new Headers(this.entries);
  }
}

/** Splits on commas that are not inside a quoted string or angle brackets. */
export function splitList(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  let angle = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '<') angle = true;
    else if (ch === '>') angle = false;
    else if (ch === ',' && !angle) {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts.filter((part) => part.length > 0);
}

/** The bytes of a message, Content-Length always set from the body. */
export function serialize(message: SipMessage): Buffer {
  const start =
    message.kind === 'request'
      ? `${message.method} ${message.uri} SIP/2.0`
      : `SIP/2.0 ${message.status} ${message.reason}`;
  const lines = [start];
  for (const [name, value] of message.headers) if (name !== 'Content-Length') lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${message.body.length}`, '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'utf8'), message.body]);
}

/** Standard reason phrases for the responses this driver sends. */
export const reasons: Record<number, string> = {
  100: 'Trying',
  180: 'Ringing',
  183: 'Session Progress',
  200: 'OK',
  202: 'Accepted',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  415: 'Unsupported Media Type',
  416: 'Unsupported URI Scheme',
  420: 'Bad Extension',
  423: 'Interval Too Brief',
  480: 'Temporarily Unavailable',
  481: 'Call/Transaction Does Not Exist',
  482: 'Loop Detected',
  483: 'Too Many Hops',
  484: 'Address Incomplete',
  486: 'Busy Here',
  487: 'Request Terminated',
  488: 'Not Acceptable Here',
  491: 'Request Pending',
  500: 'Server Internal Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
  505: 'Version Not Supported',
  603: 'Decline',
};
