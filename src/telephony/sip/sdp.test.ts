import { describe, expect, it } from 'vitest';
import { buildSdp, parseSdp, remoteMedia } from './sdp.ts';

const offer = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('SDP for G.711 legs (S3)', () => {
  it("reads the peer's address, port, first G.711 law, telephone-event type and direction", () => {
    const parsed = parseSdp(
      offer([
        'v=0',
        'o=- 1 1 IN IP4 192.0.2.1',
        's=-',
        'c=IN IP4 192.0.2.9',
        't=0 0',
        'm=audio 49170 RTP/AVP 8 0 96',
        'a=rtpmap:96 telephone-event/8000',
        'a=sendonly',
      ]),
    );
    expect(remoteMedia(parsed!)).toEqual({
      address: '192.0.2.9',
      port: 49170,
      codec: 'PCMA',
      payloadType: 8,
      telephoneEventPayloadType: 96,
      direction: 'sendonly',
    });
  });

  it('a media-level c= line wins over the session one; a session-level a=inactive is the default direction', () => {
    const parsed = parseSdp(
      offer(['v=0', 'c=IN IP4 192.0.2.1', 'a=inactive', 'm=audio 4000 RTP/AVP 0', 'c=IN IP4 192.0.2.2']),
    );
    expect(parsed).toMatchObject({ address: '192.0.2.2', direction: 'inactive' });
  });

  it('an offer without G.711 (or without audio) has nothing to connect', () => {
    expect(
      remoteMedia(
        parseSdp(offer(['v=0', 'c=IN IP4 192.0.2.1', 'm=audio 4000 RTP/AVP 18', 'a=rtpmap:18 G729/8000']))!,
      ),
    ).toBeUndefined();
    expect(parseSdp(offer(['v=0', 'c=IN IP4 192.0.2.1', 'm=video 4000 RTP/AVP 31']))).toBeUndefined();
    expect(parseSdp('not sdp at all')).toBeUndefined();
  });

  it('our SDP offers the chosen law first, RFC 4733 events, 20 ms packets, and parses back', () => {
    const text = buildSdp({ address: '127.0.0.1', port: 20_002, codecs: ['PCMA', 'PCMU'], sessionId: 7 });
    expect(text.toString()).toContain('m=audio 20002 RTP/AVP 8 0 101');
    expect(text.toString()).toContain('a=ptime:20');
    expect(remoteMedia(parseSdp(text)!)).toMatchObject({
      port: 20_002,
      codec: 'PCMA',
      telephoneEventPayloadType: 101,
    });
  });
});
