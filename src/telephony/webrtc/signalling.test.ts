import { describe, expect, it } from 'vitest';
import { parsePageMessage } from './signalling.ts';

const parse = (value: unknown) => parsePageMessage(typeof value === 'string' ? value : JSON.stringify(value));
const candidateLine = 'candidate:842163049 1 udp 1677729535 127.0.0.1 51234 typ host generation 0';

describe('the browser phone signalling, validated (issue 15 item 2)', () => {
  it('accepts register, answer, candidate (and end-of-candidates) and hangup', () => {
    expect(parse({ type: 'webrtc.register' })).toEqual({ ok: true, message: { type: 'webrtc.register' } });
    expect(parse({ type: 'webrtc.answer', legId: 'leg_1', sdp: 'v=0\r\n' })).toEqual({
      ok: true,
      message: { type: 'webrtc.answer', legId: 'leg_1', sdp: 'v=0\r\n' },
    });
    expect(
      parse({
        type: 'webrtc.candidate',
        legId: 'leg_1',
        candidate: { candidate: candidateLine, sdpMid: '0', sdpMLineIndex: 0 },
      }),
    ).toEqual({
      ok: true,
      message: {
        type: 'webrtc.candidate',
        legId: 'leg_1',
        candidate: { candidate: candidateLine, sdpMid: '0', sdpMLineIndex: 0 },
      },
    });
    expect(parse({ type: 'webrtc.candidate', legId: 'leg_1', candidate: { candidate: '' } })).toMatchObject({
      ok: true,
      message: { candidate: { candidate: '', sdpMid: null, sdpMLineIndex: null } },
    });
    expect(parse({ type: 'webrtc.answering', legId: 'leg_1' })).toEqual({
      ok: true,
      message: { type: 'webrtc.answering', legId: 'leg_1' },
    });
    expect(parse({ type: 'webrtc.hangup', legId: 'leg_1' })).toEqual({
      ok: true,
      message: { type: 'webrtc.hangup', legId: 'leg_1' },
    });
  });

  it.each([
    ['not json', 'message: not JSON'],
    [[1, 2], 'message: must be a JSON object'],
    [{ type: 'webrtc.offer', legId: 'a', sdp: 'v=0' }, 'type: must be'],
    [{ type: '__proto__' }, 'type: must be'],
    [{ type: 'webrtc.answer', sdp: 'v=0' }, 'legId: must be'],
    [{ type: 'webrtc.answer', legId: '../x', sdp: 'v=0' }, 'legId: must be'],
    [{ type: 'webrtc.answer', legId: 'a', sdp: 'hello' }, 'sdp: must be an SDP text'],
    [{ type: 'webrtc.answer', legId: 'a', sdp: `v=0${'x'.repeat(40_000)}` }, 'sdp: must be an SDP text'],
    [{ type: 'webrtc.candidate', legId: 'a' }, 'candidate: must be an object'],
    [
      { type: 'webrtc.candidate', legId: 'a', candidate: { candidate: 'rm -rf' } },
      'candidate.candidate: not an ICE candidate line',
    ],
    [
      { type: 'webrtc.candidate', legId: 'a', candidate: { candidate: candidateLine, sdpMid: 5 } },
      'candidate.sdpMid',
    ],
    [
      { type: 'webrtc.candidate', legId: 'a', candidate: { candidate: candidateLine, sdpMLineIndex: -1 } },
      'candidate.sdpMLineIndex',
    ],
    ['x'.repeat(70_000), 'message: longer than'],
  ])('refuses %j naming the field', (value, error) => {
    const parsed = parse(value);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.error).toContain(error);
  });
});
