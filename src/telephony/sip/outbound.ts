import { sipOf } from '../../engine/workspace/sip.ts';
import { hasBrowser } from './browser-devices.ts';
import { newCallId } from './build.ts';
import { bye, type DriverContext, dialogKey, earlyMediaToCaller, sdpFor } from './context.ts';
import { dialogAsUac, dialogRequest, newRequest } from './dialog.ts';
import { parseNameAddr } from './grammar.ts';
import type { OutLeg, SipCall } from './legs.ts';
import type { SipRequest, SipResponse } from './message.ts';
import { parseSdp, remoteMedia } from './sdp.ts';
import type { ClientTransaction } from './transactions.ts';
import type { Peer } from './transport.ts';
import { authenticatedRetry, isChallenge } from './trunk-auth.ts';

export interface LegTarget {
  legId: string;
  userId?: string;
  number?: string;
  presentedNumber?: string;
}

interface Destination {
  uri: string;
  peer: Peer;
  /** The workspace trunk's carrier (which may challenge), not a registered phone. */
  trunk?: boolean;
}

/** Where a leg's INVITEs go: every registered phone of the agent, or the trunk's carrier. */
function destinations(context: DriverContext, call: SipCall, target: LegTarget): Destination[] {
  if (target.userId)
    return context.registrar
      .devices(call.workspaceId, target.userId)
      .map((binding) => ({ uri: binding.contact, peer: binding.peer }));
  const trunk = context.outbound(call.workspaceId);
  if (!trunk || !target.number) return [];
  const transport = trunk.transport === 'tcp' ? ';transport=tcp' : '';
  return [
    {
      uri: `sip:${target.number}@${trunk.host}:${trunk.port}${transport}`,
      peer: { transport: trunk.transport, address: trunk.host, port: trunk.port },
      trunk: true,
    },
  ];
}

/**
 * Rings a leg: an INVITE to each destination (forking to all of an agent's phones), the
 * first 2xx answers the leg and the others are CANCELled (or BYEd if they answered too).
 */
export function dialLeg(
  context: DriverContext,
  call: SipCall,
  target: LegTarget,
  events?: OutLeg['events'],
): OutLeg | undefined {
  // An agent with no SIP account answers on the console's softphone (a browser phone, issue 15).
  if (target.userId && !hasSipAccount(context, call.workspaceId, target.userId)) return;
  const leg: OutLeg = {
    legId: target.legId,
    forks: [],
    failures: [],
    state: 'ringing',
    ...(events ? { events } : {}),
  };
  if (target.userId) leg.userId = target.userId;
  call.legs.set(target.legId, leg);
  const targets = destinations(context, call, target);
  if (targets.length === 0) {
    // No desk phone registered, but the console rings: the engine's ring timeout decides.
    if (target.userId && hasBrowser(context, call.workspaceId, target.userId)) return leg;
    fail(context, call, leg);
    return leg;
  }
  context.plane
    .openLeg(`${call.callId}:${target.legId}`)
    .then((media) => {
      leg.media = media;
      if (leg.dropping) return media.close();
      // A phone or carrier that stops sending audio for 30 s has gone: its leg hangs up (S3).
      media.onInactive(() => {
        if (leg.state === 'connected')
          context.submit(call.workspaceId, {
            type: 'call.hangup_leg',
            callId: call.callId,
            legId: leg.legId,
          });
      });
      const from = target.number ? (target.presentedNumber ?? call.to) : call.from;
      for (const destination of targets) invite(context, call, leg, destination, from);
    })
    .catch((error: unknown) => {
      context.warn('no media port for an outgoing leg', error);
      fail(context, call, leg);
    });
  return leg;
}

function invite(
  context: DriverContext,
  call: SipCall,
  leg: OutLeg,
  destination: Destination,
  from: string,
): void {
  send(context, call, leg, destination, buildInvite(context, call, leg, destination, from));
}

function buildInvite(
  context: DriverContext,
  call: SipCall,
  leg: OutLeg,
  destination: Destination,
  from: string,
): SipRequest {
  return newRequest('INVITE', destination.uri, context.local, {
    from: `"${from}" <sip:${from}@${context.local.host}>`,
    to: `<${destination.uri}>`,
    callId: newCallId(),
    transport: destination.peer.transport,
    headers: [
      ['Allow', 'INVITE, ACK, CANCEL, BYE, OPTIONS, REFER, NOTIFY'],
      // The caller ID the engine chose (V16), asserted to the carrier as well as shown in From.
      ['P-Asserted-Identity', `<sip:${from}@${context.local.host}>`],
      ['Content-Type', 'application/sdp'],
    ],
    body: sdpFor(context, leg.media!.local.port, call.caller.codec),
  });
}

/** Sends one fork's INVITE; a carrier's first digest challenge is answered once (trunk-auth.ts). */
function send(
  context: DriverContext,
  call: SipCall,
  leg: OutLeg,
  destination: Destination,
  request: SipRequest,
  replacing?: ClientTransaction,
): void {
  const fork = context.layer.request(request, destination.peer, {
    onResponse: (response) => {
      if (destination.trunk && !replacing && isChallenge(response))
        return void retryWithCredentials(context, call, leg, destination, request, response, fork);
      answered(context, call, leg, request, destination.peer, response);
    },
    onTimeout: () => failed(context, call, leg, 408),
  });
  if (replacing) leg.forks[leg.forks.indexOf(replacing)] = fork;
  else leg.forks.push(fork);
}

async function retryWithCredentials(
  context: DriverContext,
  call: SipCall,
  leg: OutLeg,
  destination: Destination,
  request: SipRequest,
  challenge: SipResponse,
  fork: ClientTransaction,
): Promise<void> {
  const credentials = await context.trunkCredentials(call.workspaceId).catch(() => undefined);
  const retry =
    credentials &&
    authenticatedRetry(request, challenge, credentials, context.local, destination.peer.transport);
  if (!retry || leg.state !== 'ringing' || leg.dropping) {
    if (!credentials)
      context.warn(`SIP: the carrier asked ${call.workspaceId}'s trunk for credentials; none are set`);
    return answered(context, call, leg, request, destination.peer, challenge);
  }
  send(context, call, leg, destination, retry, fork);
}

/**
 * RFC 3960: a 180 or 183 with SDP carries early media, the carrier's own ringback or an
 * announcement ("the number you have called is not in service"). Who waits on the leg hears
 * it in place of our ringback, so an agent calling out knows why a call will not connect.
 */
function earlyMedia(context: DriverContext, call: SipCall, leg: OutLeg, response: SipResponse): void {
  if (leg.state !== 'ringing' || leg.dropping || leg.early || !leg.media) return;
  // A forward through the trunk: the caller waiting on it hears its carrier.
  const forward = !leg.userId && !call.outbound;
  if (!leg.events?.early && !forward) return;
  const sdp = response.body.length > 0 ? parseSdp(response.body) : undefined;
  const media = sdp && remoteMedia(sdp);
  if (!media) return;
  leg.early = true;
  leg.media.connect(media);
  if (leg.events?.early) leg.events.early();
  else earlyMediaToCaller(context, call, leg.media);
}

function answered(
  context: DriverContext,
  call: SipCall,
  leg: OutLeg,
  request: SipRequest,
  peer: Peer,
  response: SipResponse,
): void {
  if (response.status < 200) return earlyMedia(context, call, leg, response);
  if (response.status >= 300) return failed(context, call, leg, response.status);
  const dialog = dialogAsUac(request, response, peer);
  const cseq = Number(/^\s*(\d+)/.exec(request.headers.get('CSeq') ?? '')?.[1] ?? 1);
  context.layer.transmit(dialogRequest(dialog, 'ACK', context.local, { cseq }), peer);
  if (leg.dialog?.remoteTag === dialog.remoteTag && leg.dialog.callId === dialog.callId) return; // 2xx retransmitted
  if (leg.state !== 'ringing' || leg.dropping) {
    // Another phone answered first, or the engine dropped the leg meanwhile.
    bye(context, dialog);
    return;
  }
  leg.state = 'connected';
  leg.dialog = dialog;
  context.dialogs.set(dialogKey(dialog.callId, dialog.localTag), { call, side: 'leg', legId: leg.legId });
  for (const fork of leg.forks) if (fork.request !== request) fork.cancel();
  const media = remoteMedia(
    parseSdp(response.body) ?? { address: '', port: 0, codecs: [], direction: 'sendrecv' },
  );
  if (media) leg.media!.connect(media);
  if (leg.events) return leg.events.answered();
  context.submit(call.workspaceId, { type: 'call.answer_leg', callId: call.callId, legId: leg.legId });
}

function failed(context: DriverContext, call: SipCall, leg: OutLeg, status: number): void {
  leg.failures.push(status);
  if (leg.failures.length < leg.forks.length || leg.state !== 'ringing') return;
  // Every desk phone refused, but the user's console still rings (forking, issue 15); a
  // global refusal (6xx, the decline button) ends every fork, as RFC 3261 §16.7 has it.
  if (status < 600 && leg.userId && hasBrowser(context, call.workspaceId, leg.userId)) return;
  fail(context, call, leg);
}

/** No phone took the leg: the engine hears a rejection and moves on (next agent, fallback). */
function fail(context: DriverContext, call: SipCall, leg: OutLeg): void {
  if (leg.state !== 'ringing') return;
  leg.state = 'ended';
  leg.media?.close();
  call.legs.delete(leg.legId);
  if (leg.dropping) return;
  if (leg.events) return queueMicrotask(leg.events.failed);
  // Reported after the current effects run, so the engine sees the ring before its refusal.
  queueMicrotask(() =>
    context.submit(call.workspaceId, { type: 'call.reject_leg', callId: call.callId, legId: leg.legId }),
  );
}

/** The engine ended a leg: stop it ringing (CANCEL) or hang it up (BYE). */
export function dropLeg(context: DriverContext, call: SipCall, legId: string): void {
  const leg = call.legs.get(legId);
  if (!leg) return;
  leg.dropping = true;
  if (leg.state === 'ringing') for (const fork of leg.forks) fork.cancel();
  if (leg.state === 'connected' && leg.dialog) bye(context, leg.dialog);
  leg.state = 'ended';
  leg.media?.close();
  call.legs.delete(legId);
}

/** The E.164-looking user part of a From/To/P-Asserted-Identity value, if any. */
export function numberOf(value: string | undefined): string | undefined {
  const user = value ? parseNameAddr(value)?.uri?.user : undefined;
  if (!user) return undefined;
  const digits = user.replace(/[\s\-.()]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? digits : undefined;
}

const hasSipAccount = (context: DriverContext, workspaceId: string, userId: string) =>
  Object.hasOwn(sipOf(context.state(workspaceId) ?? ({} as never)).accounts, userId);
