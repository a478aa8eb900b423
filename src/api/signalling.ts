import { type Static, type TProperties, Type } from 'typebox';

/**
 * The browser phone's signalling over the console's /v1/stream socket (issue 15 item 2): no
 * SIP in the browser, only offer/answer and ICE candidates. One schema per message, for the
 * server (src/telephony/webrtc) and the console (web/src/softphone/browser-phone) alike. The
 * phone's own protocol beside the public stream messages (stream-messages.ts), unversioned:
 * the console and the server that serves it are always the same build.
 *
 * The page sends:
 * - `webrtc.register`: this console is a phone of its user until the socket closes;
 * - `webrtc.answer { legId, sdp }`: its answer to the server's offer for a leg;
 * - `webrtc.candidate { legId, candidate }`: one of its ICE candidates;
 * - `webrtc.hangup { legId }`: the page dropped the leg (its peer connection closed);
 * - `webrtc.answering { legId }`: the agent pressed Answer on this console for the engine's
 *   leg `legId`, so the driver opens the media to this console, not their others.
 * The server sends `webrtc.registered`, `webrtc.offer`, `webrtc.ended` and `webrtc.error` (a
 * message it refused, naming the field).
 */

export const maxMessageChars = 64 * 1024;
export const maxSdpChars = 32 * 1024;
export const maxCandidateChars = 1024;
/** What a leg id may be: the page echoes it back, so a driver's ids must pass the same check. */
export const legIdPattern = /^[A-Za-z0-9_.:-]{1,128}$/;

const message = <T extends string, P extends TProperties>(type: T, properties: P) =>
  Type.Object({ type: Type.Literal(type), ...properties }, { additionalProperties: false });

const LegId = Type.String({ pattern: legIdPattern.source, description: 'The engine’s leg id' });
const Sdp = Type.String({ pattern: '^v=0', maxLength: maxSdpChars });

export const CandidateInitSchema = Type.Object(
  {
    candidate: Type.String({
      maxLength: maxCandidateChars,
      description: 'An ICE candidate line; empty: the end of the candidates',
    }),
    sdpMid: Type.Optional(Type.Union([Type.String({ maxLength: 32 }), Type.Null()])),
    sdpMLineIndex: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 15 }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type CandidateInit = Static<typeof CandidateInitSchema>;

export const PageMessageSchema = Type.Union([
  message('webrtc.register', {}),
  message('webrtc.answer', { legId: LegId, sdp: Sdp }),
  message('webrtc.candidate', { legId: LegId, candidate: CandidateInitSchema }),
  message('webrtc.hangup', { legId: LegId }),
  message('webrtc.answering', { legId: LegId }),
]);
/** What the page sends the server. */
export type PageMessage = Static<typeof PageMessageSchema>;

export const ServerMessageSchema = Type.Union([
  message('webrtc.registered', { deviceId: Type.String() }),
  message('webrtc.offer', { legId: LegId, sdp: Sdp }),
  message('webrtc.ended', { legId: LegId, reason: Type.String() }),
  message('webrtc.error', { error: Type.String({ description: 'What was refused, naming the field' }) }),
]);
/** What the server sends the page. */
export type ServerMessage = Static<typeof ServerMessageSchema>;
