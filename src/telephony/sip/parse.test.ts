import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../../test/support/property-runs.ts';
import { tortures } from './fixtures/rfc4475.ts';
import { parseCSeq, parseNameAddr, parseUri, parseVia } from './grammar.ts';
import { type SipMessage, type SipRequest, serialize } from './message.ts';
import { parseMessage } from './parse.ts';

const parsed = (name: string): SipMessage => {
  const torture = tortures.find((entry) => entry.name === name)!;
  const result = parseMessage(torture.bytes);
  if (!result.ok) throw new Error(`${name}: ${result.reason}`);
  return result.message;
};

describe('RFC 4475 torture messages (S5: malformed → 400, never a crash)', () => {
  for (const torture of tortures)
    it(`${torture.name} (${torture.section}) → ${torture.expect}`, () => {
      const result = parseMessage(torture.bytes);
      if (torture.expect === 'valid') expect(result).toMatchObject({ ok: true });
      else if (torture.expect === 'valid-or-400') expect(result.ok || result.status === 400).toBe(true);
      else expect(result).toMatchObject({ ok: false, status: torture.expect });
    });

  it('wsinv: folded lines, odd case and spacing, compact forms and leading zeros read as the RFC says', () => {
    const message = parsed('wsinv') as SipRequest;
    expect(message.method).toBe('INVITE');
    const to = parseNameAddr(message.headers.get('To')!)!;
    expect(to.params.get('tag')).toBe('1918181833n');
    expect(to.uri?.user).toBe('vivekg');
    const from = parseNameAddr(message.headers.get('From')!)!;
    expect(from.displayName).toBe('J Rosenberg \\"');
    expect(from.params.get('tag')).toBe('98asjd8');
    expect(Number(message.headers.get('Max-Forwards'))).toBe(68);
    expect(parseCSeq(message.headers.get('CSeq')!)).toEqual({ seq: 9, method: 'INVITE' });
    const vias = message.headers.values('Via').map((via) => parseVia(via)!);
    expect(vias.map((via) => [via.transport, via.host, via.params.get('branch')])).toEqual([
      ['UDP', '192.0.2.2', '390skdjuw'],
      ['TCP', 'spindle.example.com', 'z9hG4bK9ikj8'],
      ['UDP', '192.168.255.111', 'z9hG4bK30239'],
    ]);
    expect(message.headers.get('Subject')).toBe('');
    expect(message.headers.get('UnknownHeaderWithUnusualValue')).toBe(';;,,;;,;');
    const contact = parseNameAddr(message.headers.values('Contact')[0]!)!;
    expect(contact.displayName).toBe('Quoted string ""');
    expect([...contact.params]).toEqual([
      ['newparam', 'newvalue'],
      ['secondparam', null],
      ['q', '0.33'],
    ]);
    expect(message.body.toString()).toContain('m=audio 49217 RTP/AVP 0 12');
  });

  it('esc01 and semiuri: escapes decoded in user parts, ; inside a user part kept', () => {
    const esc = parsed('esc01') as SipRequest;
    expect(parseUri(esc.uri)?.user).toBe('sips:user@example.com');
    expect(parseNameAddr(esc.headers.get('To')!)?.uri?.user).toBe('user');
    expect(parseNameAddr(esc.headers.get('From')!)?.uri?.user).toBe('I have spaces');
    const semi = parsed('semiuri') as SipRequest;
    expect(parseUri(semi.uri)).toMatchObject({ user: 'user;par=u@example.net', host: 'example.com' });
  });

  it('dblreq: the octets after Content-Length in a datagram are ignored', () => {
    const message = parsed('dblreq') as SipRequest;
    expect(message.method).toBe('REGISTER');
    expect(message.body.length).toBe(0);
  });

  it('a refused request that names its sender carries what is needed to answer it', () => {
    for (const name of ['lwsruri', 'lwsstart', 'trws', 'mismatch01', 'escruri', 'badvers', 'unkscm']) {
      const result = parseMessage(tortures.find((entry) => entry.name === name)!.bytes);
      expect(result.ok ? undefined : result.request?.headers.get('Call-ID'), name).toMatch(/^\S+$/);
    }
  });

  it('every torture message, cut or corrupted anywhere, is refused or read, never thrown on', () => {
    const bytes = fc.constantFrom(...tortures.map((entry) => entry.bytes));
    fc.assert(
      fc.property(bytes, fc.nat(), fc.nat(255), fc.nat(), (message, at, byte, cut) => {
        const corrupted = Buffer.from(message);
        corrupted[at % corrupted.length] = byte;
        for (const input of [corrupted, message.subarray(0, cut % message.length)]) {
          const result = parseMessage(input);
          // 'Unparseable message' is the catch-all: the parser itself must never need it.
          expect(result.ok || result.reason !== 'Unparseable message').toBe(true);
        }
      }),
      { numRuns: propertyRuns(1500) },
    );
  });

  it('a serialized message parses back to the same message', () => {
    for (const torture of tortures.filter((entry) => entry.expect === 'valid')) {
      const message = parseMessage(torture.bytes);
      if (!message.ok) continue;
      const again = parseMessage(serialize(message.message));
      expect(again.ok, torture.name).toBe(true);
      const withoutLength = (entries: Iterable<[string, string]>) =>
        [...entries].filter(([name]) => name !== 'Content-Length');
      if (!again.ok) continue;
      expect(withoutLength(again.message.headers)).toEqual(withoutLength(message.message.headers));
      expect(again.message.body).toEqual(message.message.body);
    }
  });
});
