/**
 * The structured header values of RFC 3261 §25 the driver reads: SIP URIs, name-addr
 * (From/To/Contact/Refer-To), Via and CSeq. Each parser returns undefined for text that does
 * not match the grammar; it never throws. Parameters live in Maps, so a name from the wire
 * is never looked up on an object's prototype chain.
 */

export type Params = Map<string, string | null>;

export interface SipUri {
  scheme: 'sip' | 'sips' | 'tel';
  /** Unescaped user part (the dialled number for a trunk's INVITE). */
  user?: string;
  password?: string;
  host: string;
  port?: number;
  params: Params;
  /** The raw `?headers` part, without the question mark. */
  headers?: string;
}

export interface NameAddr {
  displayName?: string;
  /** The URI text as written between < > (or the addr-spec). */
  uriText: string;
  /** Parsed when the scheme is sip, sips or tel. */
  uri?: SipUri;
  params: Params;
}

export interface Via {
  transport: string;
  host: string;
  port?: number;
  params: Params;
}

export interface CSeq {
  seq: number;
  method: string;
}

const tokenRe = /^[A-Za-z0-9\-.!%*_+`'~]+$/;
export const isToken = (text: string) => tokenRe.test(text);

/** Decodes %HH escapes; undefined for a malformed escape. */
export function unescapeUri(text: string): string | undefined {
  if (!text.includes('%')) return text;
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    // An escaped octet sequence that is not UTF-8 (RFC 4475 "escnull" has %00): keep bytes as latin1.
    return text.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  }
}

/** `;name=value;flag` parameters (whitespace around = and ; allowed, as in header params). */
export function parseParams(text: string): Params | undefined {
  const params: Params = new Map();
  for (const raw of splitOutsideQuotes(text, ';')) {
    const part = raw.trim();
    if (part === '') {
      if (raw === text) continue;
      return undefined;
    }
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (!isToken(name)) return undefined;
    if (eq < 0) {
      params.set(name, null);
      continue;
    }
    const value = part.slice(eq + 1).trim();
    if (value.startsWith('"')) {
      const quoted = readQuoted(value, 0);
      if (!quoted || quoted.end !== value.length) return undefined;
      params.set(name, quoted.text);
    } else if (value === '' || !/^[^\s"]+$/.test(value)) return undefined;
    else params.set(name, value);
  }
  return params;
}

export function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A quoted-string starting at `at`: its unescaped text and the index after its closing quote. */
export function readQuoted(text: string, at: number): { text: string; end: number } | undefined {
  if (text[at] !== '"') return undefined;
  let out = '';
  for (let i = at + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      if (i + 1 >= text.length) return undefined;
      out += text[++i];
    } else if (ch === '"') return { text: out, end: i + 1 };
    else out += ch;
  }
  return undefined;
}

const hostRe = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9\-.]*[A-Za-z0-9.])?)$/;

function parseHostPort(text: string): { host: string; port?: number } | undefined {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(text);
  if (!match) return undefined;
  const host = match[1]!;
  if (!hostRe.test(host)) return undefined;
  if (host.startsWith('[') && !isIpv6(host.slice(1, -1))) return undefined;
  if (/^[\d.]+$/.test(host) && !isIpv4(host)) return undefined;
  if (match[2] === undefined) return { host: host.toLowerCase() };
  const port = Number(match[2]);
  if (port > 65535) return undefined;
  return { host: host.toLowerCase(), port };
}

const isIpv4 = (text: string) =>
  /^\d{1,3}(\.\d{1,3}){3}$/.test(text) && text.split('.').every((part) => Number(part) <= 255);

function isIpv6(text: string): boolean {
  const tail = text.slice(text.lastIndexOf(':') + 1);
  if (tail.includes('.') && !isIpv4(tail)) return false;
  // An embedded IPv4 tail counts as two 16-bit groups.
  const groupsText = tail.includes('.') ? `${text.slice(0, text.length - tail.length)}0:0` : text;
  const halves = groupsText.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (groups.some((group) => !/^[0-9A-Fa-f]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}

/** A sip:, sips: or tel: URI; undefined for anything else or a malformed one. */
export function parseUri(text: string): SipUri | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  const scheme = text.slice(0, colon).toLowerCase();
  if (/\s/.test(text)) return undefined;
  if (scheme === 'tel') return parseTel(text.slice(colon + 1));
  if (scheme !== 'sip' && scheme !== 'sips') return undefined;
  let rest = text.slice(colon + 1);
  let user: string | undefined;
  let password: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const userinfo = rest.slice(0, at);
    rest = rest.slice(at + 1);
    const pw = userinfo.indexOf(':');
    user = unescapeUri(pw < 0 ? userinfo : userinfo.slice(0, pw));
    if (user === undefined || user === '') return undefined;
    if (pw >= 0) {
      password = unescapeUri(userinfo.slice(pw + 1));
      if (password === undefined) return undefined;
    }
  }
  const question = rest.indexOf('?');
  const headers = question >= 0 ? rest.slice(question + 1) : undefined;
  if (question >= 0) rest = rest.slice(0, question);
  const semi = rest.indexOf(';');
  const hostport = parseHostPort(semi < 0 ? rest : rest.slice(0, semi));
  if (!hostport) return undefined;
  const params = semi < 0 ? new Map() : parseUriParams(rest.slice(semi + 1));
  if (!params) return undefined;
  return {
    scheme,
    ...(user !== undefined ? { user } : {}),
    ...(password !== undefined ? { password } : {}),
    ...hostport,
    params,
    ...(headers !== undefined ? { headers } : {}),
  };
}

function parseUriParams(text: string): Params | undefined {
  const params: Params = new Map();
  for (const part of text.split(';')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = unescapeUri(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? null : unescapeUri(part.slice(eq + 1));
    if (name === undefined || name === '' || value === undefined) return undefined;
    params.set(name.toLowerCase(), value);
  }
  return params;
}

function parseTel(text: string): SipUri | undefined {
  const [number, ...rest] = text.split(';');
  if (!number || !/^\+?[0-9\-.()A-Fa-f*#]+$/.test(number)) return undefined;
  const params = parseUriParams(rest.join(';'));
  if (!params) return undefined;
  return { scheme: 'tel', user: number, host: '', params };
}

/** `"Name" <uri>;params`, `Name <uri>;params` or a bare `uri;params` (params then belong to the header). */
export function parseNameAddr(text: string): NameAddr | undefined {
  const value = text.trim();
  let displayName: string | undefined;
  let rest = value;
  if (value.startsWith('"')) {
    const quoted = readQuoted(value, 0);
    if (!quoted) return undefined;
    displayName = quoted.text;
    rest = value.slice(quoted.end).trimStart();
    if (!rest.startsWith('<')) return undefined;
  }
  const open = rest.indexOf('<');
  if (open >= 0) {
    const name = rest.slice(0, open).trim();
    if (displayName === undefined && name !== '') {
      if (!name.split(/\s+/).every(isToken)) return undefined;
      displayName = name;
    }
    const close = rest.indexOf('>', open);
    if (close < 0) return undefined;
    const uriText = rest.slice(open + 1, close);
    // RFC 3261 allows no whitespace inside the angle brackets (RFC 4475 "badaspec").
    if (uriText === '' || /\s/.test(uriText)) return undefined;
    const after = rest.slice(close + 1).trim();
    if (after !== '' && !after.startsWith(';')) return undefined;
    const params = after === '' ? new Map() : parseParams(after.slice(1));
    if (!params) return undefined;
    return withUri({ ...(displayName !== undefined ? { displayName } : {}), uriText, params });
  }
  const semi = rest.indexOf(';');
  const uriText = (semi < 0 ? rest : rest.slice(0, semi)).trim();
  if (uriText === '' || /\s/.test(uriText) || !uriText.includes(':')) return undefined;
  const params = semi < 0 ? new Map() : parseParams(rest.slice(semi + 1));
  if (!params) return undefined;
  return withUri({ uriText, params });
}

function withUri(addr: NameAddr): NameAddr | undefined {
  const scheme = addr.uriText.slice(0, addr.uriText.indexOf(':')).toLowerCase();
  if (!/^[a-z][a-z0-9+\-.]*$/.test(scheme)) return undefined;
  if (scheme !== 'sip' && scheme !== 'sips' && scheme !== 'tel') return addr;
  const uri = parseUri(addr.uriText);
  return uri ? { ...addr, uri } : undefined;
}

/**
 * One Via value: `SIP / 2.0 / UDP host:port;params` (LWS allowed around the slashes). Any
 * version is read, so that a SIP/7.0 request can still be answered 505.
 */
export function parseVia(text: string): Via | undefined {
  const match =
    /^SIP\s*\/\s*\d+\.\d+\s*\/\s*([A-Za-z0-9\-.!%*_+`'~]+)\s+([^;\s]+(?:\s*:\s*\d+)?)\s*(?:;(.*))?$/is.exec(
      text.trim(),
    );
  if (!match) return undefined;
  const hostport = parseHostPort(match[2]!.replace(/\s+/g, ''));
  if (!hostport) return undefined;
  const params = match[3] === undefined ? new Map() : parseParams(match[3]);
  if (!params) return undefined;
  return { transport: match[1]!.toUpperCase(), ...hostport, params };
}

/** `CSeq: 4711 INVITE`, the number below 2^31 (RFC 3261 §8.1.1.5). */
export function parseCSeq(text: string): CSeq | undefined {
  const match = /^(\d{1,10})\s+(\S+)$/.exec(text.trim());
  if (!match) return undefined;
  const seq = Number(match[1]);
  if (seq > 2 ** 31 - 1 || !isToken(match[2]!)) return undefined;
  return { seq, method: match[2]! };
}
