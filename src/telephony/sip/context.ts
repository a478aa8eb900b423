import type { Command } from '../../engine/commands.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import type { MediaLeg, MediaPlane } from '../media-plane.ts';
import type { PromptKind } from '../prompts/kinds.ts';
import type { WebRtcService } from '../webrtc/console-phone.ts';
import { newTag } from './build.ts';
import { type Dialog, dialogAsUas, dialogRequest, type LocalContact } from './dialog.ts';
import type { DialogOwner, SipCall } from './legs.ts';
import type { Registrar } from './registrar.ts';
import { buildSdp } from './sdp.ts';
import type { TransactionLayer } from './transactions.ts';
import type { TrunkCredentials } from './trunk-secrets.ts';

/** What the driver's parts share: the SIP stack, the media plane and the calls in progress. */
export interface DriverContext {
  layer: TransactionLayer;
  plane: MediaPlane;
  registrar: Registrar;
  /** The address and port advertised in Via, Contact and SDP. */
  local: LocalContact;
  calls: Map<string, SipCall>;
  /** Calls ended lately (bounded): their audio events may still be in flight. */
  ended: Set<string>;
  /** Dialogs by SIP Call-ID and our tag. */
  dialogs: Map<string, DialogOwner>;
  /** Tells the engine; refusals are logged, never thrown at the socket loop. */
  submit(workspaceId: string, command: Command): void;
  /** Tells the engine and waits for its decision (a refusal rejects). */
  execute(workspaceId: string, command: Command): Promise<void>;
  state(workspaceId: string): WorkspaceState | undefined;
  outbound(workspaceId: string): { host: string; port: number; transport: 'udp' | 'tcp' } | undefined;
  warn(message: string, detail?: unknown): void;
  /** The consoles that are phones (issue 15): a user's browser rings beside their desk phones. */
  webrtc?: WebRtcService;
  /** How often a browser leg's quality is recorded on the call (the first after a few seconds). */
  qualityEveryMs?: number;
  /** The trunk's outbound digest credentials, for a carrier that challenges (never logged). */
  trunkCredentials(workspaceId: string): Promise<TrunkCredentials | undefined>;
  /** A number's prompt (uploaded, else the default spoken one); undefined plays a beep. */
  /** The audio of a prompt a call hears (the call tells which IVR menu it is in). */
  prompt(
    workspaceId: string,
    e164: string,
    kind: PromptKind,
    callId: string,
  ): Promise<Int16Array | undefined>;
  /** Keeps a recorded WAV (voicemail or call recording) under its engine id. */
  saveAudio(workspaceId: string, id: string, wav: Uint8Array): void;
}

export const callKey = (workspaceId: string, callId: string) => `${workspaceId}|${callId}`;
export const dialogKey = (callId: string, localTag: string) => `${callId}|${localTag}`;

let sessionCounter = Math.floor(Date.now() / 1000);

/** Our SDP for a media leg, offering `codec` (first) and the other G.711 law. */
export function sdpFor(context: DriverContext, port: number, codec: 'PCMU' | 'PCMA', only = false): Buffer {
  sessionCounter += 1;
  const codecs: Array<'PCMU' | 'PCMA'> = only ? [codec] : [codec, codec === 'PCMU' ? 'PCMA' : 'PCMU'];
  return buildSdp({ address: context.local.host, port, codecs, sessionId: sessionCounter });
}

/** Answers the caller (200 OK with our SDP) if not done yet: IVRs, voicemail and bridges need audio. */
export function answerCaller(context: DriverContext, call: SipCall): void {
  const caller = call.caller;
  if (caller.dialog || caller.done || caller.gone) return;
  const { invite } = caller;
  caller.dialog = dialogAsUas(invite.request, invite.from, caller.localTag);
  context.dialogs.set(dialogKey(caller.dialog.callId, caller.localTag), { call, side: 'caller' });
  invite.reply(200, {
    toTag: caller.localTag,
    headers: [
      ['Contact', `<sip:${context.local.host}:${context.local.port}>`],
      ['Content-Type', 'application/sdp'],
    ],
    body: callerSdp(context, call),
  });
  invite.onNoAck = () => context.submit(call.workspaceId, hangUpCustomer(call));
}

/** One SDP toward the caller for the whole call: an early 183 and the 200 OK carry the same. */
function callerSdp(context: DriverContext, call: SipCall): Buffer {
  const { caller } = call;
  caller.sdp ??= sdpFor(context, caller.media.local.port, caller.codec, true);
  return caller.sdp;
}

/**
 * Early media toward a caller not answered yet (RFC 3960): a 183 with our SDP, and they hear
 * `source` (a forward's carrier ringing or announcing) until someone answers or the call ends.
 */
export function earlyMediaToCaller(context: DriverContext, call: SipCall, source: MediaLeg): void {
  const caller = call.caller;
  if (caller.dialog || caller.done || caller.gone) return;
  caller.invite.reply(183, {
    toTag: caller.localTag,
    headers: [
      ['Contact', `<sip:${context.local.host}:${context.local.port}>`],
      ['Content-Type', 'application/sdp'],
    ],
    body: callerSdp(context, call),
  });
  caller.ringingSent = true;
  context.plane.listen(caller.media, [source]);
}

/** Sends BYE in a dialog and forgets it. */
export function bye(context: DriverContext, dialog: Dialog): void {
  context.dialogs.delete(dialogKey(dialog.callId, dialog.localTag));
  const request = dialogRequest(dialog, 'BYE', context.local);
  context.layer.request(request, dialog.peer, { onResponse: () => {}, onTimeout: () => {} });
}

export const hangUpCustomer = (call: SipCall): Command => ({
  type: 'call.hangup_leg',
  callId: call.callId,
  legId: call.customerLegId ?? `${call.callId}.0`,
});

export { newTag };
