/**
 * The browser phone's signalling over the console's /v1/stream socket (issue 15 item 2): no
 * SIP in the browser, only offer/answer and ICE candidates. The page sends:
 * - `{ type: 'webrtc.register' }`: this console is a phone of its user until the socket closes;
 * - `{ type: 'webrtc.answer', legId, sdp }`: its answer to the server's offer for a leg;
 * - `{ type: 'webrtc.candidate', legId, candidate: { candidate, sdpMid?, sdpMLineIndex? } }`;
 * - `{ type: 'webrtc.hangup', legId }`: the page dropped the leg (its peer connection closed);
 * - `{ type: 'webrtc.answering', legId }`: the agent pressed Answer on this console for the
 *   engine's leg `legId`, so the driver opens the media to this console, not their others.
 * The server sends `webrtc.registered`, `webrtc.offer { legId, sdp }`, `webrtc.ended { legId,
 * reason }` and `webrtc.error { error }` (a message it refused, naming the field).
 */
import type { CandidateInit } from './ice.ts';

export type PageMessage =
  | { type: 'webrtc.register' }
  | { type: 'webrtc.answer'; legId: string; sdp: string }
  | { type: 'webrtc.candidate'; legId: string; candidate: CandidateInit }
  | { type: 'webrtc.hangup'; legId: string }
  | { type: 'webrtc.answering'; legId: string };

export type ServerMessage =
  | { type: 'webrtc.registered'; deviceId: string }
  | { type: 'webrtc.offer'; legId: string; sdp: string }
  | { type: 'webrtc.ended'; legId: string; reason: string }
  | { type: 'webrtc.error'; error: string };

export type Parsed = { ok: true; message: PageMessage } | { ok: false; error: string };

const maxMessageBytes = 64 * 1024;
const maxSdpChars = 32 * 1024;
const maxCandidateChars = 1024;
/** What a leg id may be: the page echoes it back, so a driver's ids must pass the same check. */
export const legIdPattern = /^[A-Za-z0-9_.:-]{1,128}$/;

const refuse = (error: string): Parsed => ({ ok: false, error });

/** One text frame from the page, checked field by field; anything else is refused with the reason. */
export function parsePageMessage(text: string): Parsed {
  if (text.length > maxMessageBytes) return refuse(`message: longer than ${maxMessageBytes} characters`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('message: not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return refuse('message: must be a JSON object');
  const fields = value as Record<string, unknown>;
  const type = fields.type;
  if (type === 'webrtc.register') return { ok: true, message: { type } };
  if (
    type !== 'webrtc.answer' &&
    type !== 'webrtc.candidate' &&
    type !== 'webrtc.hangup' &&
    type !== 'webrtc.answering'
  )
    return refuse(
      'type: must be webrtc.register, webrtc.answer, webrtc.candidate, webrtc.hangup or webrtc.answering',
    );
  const { legId } = fields;
  if (typeof legId !== 'string' || !legIdPattern.test(legId))
    return refuse('legId: must be 1 to 128 letters, digits, _ . : or -');
  if (type === 'webrtc.hangup' || type === 'webrtc.answering') return { ok: true, message: { type, legId } };
  if (type === 'webrtc.answer') {
    const { sdp } = fields;
    if (typeof sdp !== 'string' || !sdp.startsWith('v=0') || sdp.length > maxSdpChars)
      return refuse(`sdp: must be an SDP text starting with v=0, at most ${maxSdpChars} characters`);
    return { ok: true, message: { type, legId, sdp } };
  }
  const candidate = parseCandidate(fields.candidate);
  if (typeof candidate === 'string') return refuse(candidate);
  return { ok: true, message: { type, legId, candidate } };
}

function parseCandidate(value: unknown): CandidateInit | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'candidate: must be an object { candidate, sdpMid?, sdpMLineIndex? }';
  const { candidate, sdpMid, sdpMLineIndex } = value as Record<string, unknown>;
  // An empty candidate is the browser's end-of-candidates.
  if (typeof candidate !== 'string' || candidate.length > maxCandidateChars)
    return `candidate.candidate: must be a string of at most ${maxCandidateChars} characters`;
  if (candidate !== '' && !/^(a=)?candidate:\S+ \d \S+ \d+ \S+ \d+ typ \S+/.test(candidate))
    return 'candidate.candidate: not an ICE candidate line';
  if (sdpMid !== undefined && sdpMid !== null && (typeof sdpMid !== 'string' || sdpMid.length > 32))
    return 'candidate.sdpMid: must be a string of at most 32 characters or null';
  if (
    sdpMLineIndex !== undefined &&
    sdpMLineIndex !== null &&
    !(Number.isInteger(sdpMLineIndex) && (sdpMLineIndex as number) >= 0 && (sdpMLineIndex as number) < 16)
  )
    return 'candidate.sdpMLineIndex: must be an integer from 0 to 15 or null';
  return {
    candidate,
    sdpMid: (sdpMid as string | null | undefined) ?? null,
    sdpMLineIndex: (sdpMLineIndex as number | null | undefined) ?? null,
  };
}
