import { randomBytes } from 'node:crypto';
import { parseCSeq, parseVia } from './grammar.ts';
import { Headers, reasons, type SipRequest, type SipResponse } from './message.ts';

/** RFC 3261's magic cookie marks branches unique per transaction. */
export const newBranch = () => `z9hG4bK${randomBytes(10).toString('hex')}`;
export const newTag = () => randomBytes(6).toString('hex');
export const newCallId = () => randomBytes(12).toString('hex');

export interface ResponseExtras {
  reason?: string;
  headers?: Array<[string, string]>;
  body?: Buffer;
  /** The To tag this UAS uses for the dialog (added when the request's To has none). */
  toTag?: string;
}

/** A response to a request (RFC 3261 §8.2.6): Vias, From, To, Call-ID and CSeq copied. */
export function makeResponse(request: SipRequest, status: number, extras: ResponseExtras = {}): SipResponse {
  const headers = new Headers();
  for (const via of request.headers.lines('Via')) headers.add('Via', via);
  headers.add('From', request.headers.get('From') ?? '');
  let to = request.headers.get('To') ?? '';
  if (status > 100 && !/;\s*tag\s*=/i.test(to)) to = `${to};tag=${extras.toTag ?? newTag()}`;
  headers.add('To', to);
  headers.add('Call-ID', request.headers.get('Call-ID') ?? '');
  headers.add('CSeq', request.headers.get('CSeq') ?? '');
  for (const [name, value] of extras.headers ?? []) headers.add(name, value);
  return {
    kind: 'response',
    status,
    reason: extras.reason ?? reasons[status] ?? 'Unknown',
    headers,
    body: extras.body ?? Buffer.alloc(0),
  };
}

export const branchOf = (message: { headers: Headers }) =>
  parseVia(message.headers.values('Via')[0] ?? '')?.params.get('branch') ?? undefined;

export const cseqOf = (message: { headers: Headers }) => parseCSeq(message.headers.get('CSeq') ?? '');

/** The sent-by (host:port) of the top Via: with the branch, it names a server transaction. */
export function sentByOf(message: { headers: Headers }): string {
  const via = parseVia(message.headers.values('Via')[0] ?? '');
  return via ? `${via.host}:${via.port ?? 5060}` : '';
}
