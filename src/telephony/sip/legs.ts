import type { Codec, MediaLeg } from '../media-plane.ts';
import type { Dialog } from './dialog.ts';
import type { ClientTransaction, ServerTransaction } from './transactions.ts';

/**
 * What the driver knows of a call it carries: the caller's side (the carrier's INVITE, its
 * dialog once answered) and each outgoing leg (agents' phones, forwards through the trunk).
 * Engine ids name them: the engine's call id, its customer leg id and its leg ids.
 */
export interface CallerSide {
  invite: ServerTransaction;
  localTag: string;
  media: MediaLeg;
  codec: Codec;
  /** Set once the caller got our 200 OK. */
  dialog?: Dialog;
  /** Set once the caller got a final response or a BYE: nothing more is sent. */
  done?: boolean;
  /** The caller CANCELled or hung up: the engine has been told. */
  gone?: boolean;
  /** A final refusal chosen from what the engine played (busy → 486), sent on hang-up. */
  refusal?: number;
  ringingSent?: boolean;
  /** Our SDP toward the caller, once sent (in early media's 183): the 200 OK repeats it. */
  sdp?: Buffer;
}

export interface OutLeg {
  legId: string;
  userId?: string;
  /** Opened once the plane gives it a port (before any INVITE is sent). */
  media?: MediaLeg;
  /** One INVITE per device (forking); the first 2xx wins, the others are CANCELled. */
  forks: ClientTransaction[];
  failures: number[];
  dialog?: Dialog;
  state: 'ringing' | 'connected' | 'ended';
  /** The driver ended it (engine's drop_leg or hang_up): failures that follow are not rejections. */
  dropping?: boolean;
  /** Answered on the agent's console: the media is a browser's WebRTC leg (browser-devices.ts). */
  browser?: { stop(): void };
  /**
   * Who hears of its answer or failure instead of the engine's answer_leg / reject_leg
   * (place-call.ts), and of the carrier's early media (its ringback or announcement, before
   * any answer) when it sends some.
   */
  events?: { answered(): void; failed(): void; early?(): void };
  /** The far end sends early media (a 180/183 with SDP): its audio reaches our leg before the answer. */
  early?: boolean;
}

export interface SipCall {
  workspaceId: string;
  callId: string;
  customerLegId?: string;
  /** The caller's number and the workspace number dialled (E.164). */
  from: string;
  to: string;
  caller: CallerSide;
  legs: Map<string, OutLeg>;
  /** What the caller hears now, as media-sync.ts last set it. */
  mediaState?: string;
  /** The agent whose phone put the caller on hold (re-INVITE sendonly/inactive). */
  heldBy?: string;
  /** An agent's call out (place_call): no carrier INVITE came in; both sides are legs we dialled. */
  outbound?: boolean;
  /** Recordings and voicemail running on this call. */
  recordings: Map<string, { stop(): Uint8Array }>;
}

/** Which side of which call a dialog (or a pending outgoing INVITE) belongs to. */
export type DialogOwner = { call: SipCall; side: 'caller' } | { call: SipCall; side: 'leg'; legId: string };
