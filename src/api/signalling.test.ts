import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { parsePageMessage } from '../telephony/webrtc/signalling.ts';
import { PageMessageSchema, ServerMessageSchema } from './signalling.ts';

const page = Compile(PageMessageSchema);
const server = Compile(ServerMessageSchema);
const candidateLine = 'candidate:842163049 1 udp 1677729535 127.0.0.1 51234 typ host generation 0';

const sent = [
  { type: 'webrtc.register' },
  { type: 'webrtc.answer', legId: 'leg_1', sdp: 'v=0\r\n' },
  {
    type: 'webrtc.candidate',
    legId: 'leg_1',
    candidate: { candidate: candidateLine, sdpMid: '0', sdpMLineIndex: 0 },
  },
  { type: 'webrtc.candidate', legId: 'leg_1', candidate: { candidate: '' } },
  { type: 'webrtc.hangup', legId: 'c1:leg.2' },
  { type: 'webrtc.answering', legId: 'leg_1' },
];

describe('the browser phone’s signalling has one contract (issue 15 item 2, issue 17)', () => {
  it('what the server’s parser accepts from the page is a page message as the schema says', () => {
    for (const message of sent) {
      const parsed = parsePageMessage(JSON.stringify(message));
      expect(parsed.ok, JSON.stringify(message)).toBe(true);
      if (parsed.ok) expect(page.Check(parsed.message), JSON.stringify(parsed.message)).toBe(true);
    }
  });

  it('what the parser refuses the schema refuses too: a bad leg id, an SDP that is not one, an unknown type', () => {
    const refused = [
      { type: 'webrtc.hangup', legId: 'leg 1' },
      { type: 'webrtc.answer', legId: 'leg_1', sdp: 'hello' },
      { type: 'webrtc.dial', legId: 'leg_1' },
      { type: 'webrtc.answer', legId: 'leg_1', sdp: `v=0${'x'.repeat(40_000)}` },
    ];
    for (const message of refused) {
      expect(parsePageMessage(JSON.stringify(message)).ok, JSON.stringify(message)).toBe(false);
      expect(page.Check(message), JSON.stringify(message)).toBe(false);
    }
  });

  it('the server’s messages: registered, offer, ended and error, nothing else', () => {
    expect(server.Check({ type: 'webrtc.registered', deviceId: 'd1' })).toBe(true);
    expect(server.Check({ type: 'webrtc.offer', legId: 'leg_1', sdp: 'v=0\r\n' })).toBe(true);
    expect(server.Check({ type: 'webrtc.ended', legId: 'leg_1', reason: 'hung_up' })).toBe(true);
    expect(server.Check({ type: 'webrtc.error', error: 'legId: must be …' })).toBe(true);
    expect(server.Check({ type: 'webrtc.offer', legId: 'leg_1' })).toBe(false);
    expect(server.Check({ type: 'webrtc.register' })).toBe(false);
  });
});
