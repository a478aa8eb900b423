import {
  type CandidateInit,
  legIdPattern,
  maxCandidateChars,
  maxMessageChars,
  maxSdpChars,
  type PageMessage,
} from '../../api/signalling.ts';

/**
 * The browser phone's signalling over the console's /v1/stream socket (issue 15 item 2): the
 * messages and their limits are the contract's (src/api/signalling.ts, which the console
 * imports too); here each frame from the page is checked field by field, so that a refusal
 * names the field at fault.
 */
export { legIdPattern, type PageMessage, type ServerMessage } from '../../api/signalling.ts';

export type Parsed = { ok: true; message: PageMessage } | { ok: false; error: string };

const refuse = (error: string): Parsed => ({ ok: false, error });

/** One text frame from the page, checked field by field; anything else is refused with the reason. */
export function parsePageMessage(text: string): Parsed {
  if (text.length > maxMessageChars) return refuse(`message: longer than ${maxMessageChars} characters`);
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
