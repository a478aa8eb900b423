import { sipOf } from '../../engine/workspace/sip.ts';
import type { Effect } from '../effects.ts';
import type { MediaLeg } from '../media-plane.ts';
import type { BrowserPhone } from '../webrtc/browser-phone.ts';
import { openOnBrowser, placingBrowser } from './browser-devices.ts';
import { callKey, type DriverContext } from './context.ts';
import type { OutLeg, SipCall } from './legs.ts';
import { dialLeg } from './outbound.ts';

type PlaceCall = Extract<Effect, { kind: 'place_call' }>;

/**
 * An agent's call out over SIP (W8): their registered desk phone rings first showing the
 * customer's number; once they pick it up it hears ringback while the customer's number is
 * dialled through the trunk from the workspace number (V16, V17), and the two are bridged when
 * the customer answers. An agent with no desk phone but a console open as a phone (issue 15)
 * talks on the console instead. A workspace without an outbound trunk, or an agent with
 * neither, keeps the console's softphone (the simulated network carries the call).
 */
export function placeCall(context: DriverContext, workspaceId: string, effect: PlaceCall): void {
  const state = context.state(workspaceId);
  if (!state || !context.outbound(workspaceId)) return;
  const deskPhone =
    Object.hasOwn(sipOf(state).accounts, effect.userId) &&
    context.registrar.devices(workspaceId, effect.userId).length > 0;
  const browser = deskPhone
    ? undefined
    : placingBrowser(context, workspaceId, effect.userId, effect.agentLegId);
  if (!deskPhone && !browser) return;
  const key = callKey(workspaceId, effect.callId);
  if (context.calls.has(key)) return;
  const call: SipCall = {
    workspaceId,
    callId: effect.callId,
    customerLegId: effect.customerLegId,
    // What the desk phone shows (From of its INVITE) and what the carrier sees (the workspace number).
    from: effect.to,
    to: effect.from,
    caller: noCarrierCaller(effect.callId),
    legs: new Map(),
    recordings: new Map(),
    outbound: true,
  };
  context.calls.set(key, call);
  if (browser) return placeFromBrowser(context, call, effect, browser);
  const hangUp = (legId: string) => () =>
    context.submit(workspaceId, { type: 'call.hangup_leg', callId: effect.callId, legId });
  const agent = dialLeg(
    context,
    call,
    { legId: effect.agentLegId, userId: effect.userId },
    {
      answered: () => {
        agent?.media?.play({ kind: 'tone', tone: 'ringback' });
        dialCustomer(context, call, effect, () => agent);
      },
      failed: hangUp(effect.agentLegId),
    },
  );
}

/**
 * The agent pressed Call on this console: like any softphone's own outgoing call, its audio
 * opens at once, with no ringing on their side (they are already there), and they hear
 * ringback while the customer is dialled. Ringing a phone at the person who just dialled from
 * it would only add a click and a delay. A console that cannot take the audio ends the call.
 */
function placeFromBrowser(
  context: DriverContext,
  call: SipCall,
  effect: PlaceCall,
  phone: BrowserPhone,
): void {
  const agent: OutLeg = {
    legId: effect.agentLegId,
    userId: effect.userId,
    forks: [],
    failures: [],
    state: 'connected',
  };
  call.legs.set(agent.legId, agent);
  openOnBrowser(context, call, agent, phone, () => {
    agent.media?.play({ kind: 'tone', tone: 'ringback' });
    dialCustomer(context, call, effect, () => agent);
  });
}

function dialCustomer(
  context: DriverContext,
  call: SipCall,
  effect: PlaceCall,
  agentLeg: () => OutLeg | undefined,
): void {
  const customer = dialLeg(
    context,
    call,
    { legId: effect.customerLegId, number: effect.to, presentedNumber: effect.from },
    {
      answered: () => {
        const agent = agentLeg();
        if (agent?.media && customer?.media) context.plane.bridge(agent.media, customer.media);
        context.submit(call.workspaceId, {
          type: 'call.answer_leg',
          callId: call.callId,
          legId: effect.customerLegId,
        });
      },
      // The agent hears the carrier's ringback or announcement; the carrier hears nobody yet.
      early: () => {
        const agent = agentLeg();
        if (agent?.media && customer?.media) context.plane.listen(agent.media, [customer.media]);
      },
      failed: () =>
        context.submit(call.workspaceId, {
          type: 'call.hangup_leg',
          callId: call.callId,
          legId: effect.customerLegId,
        }),
    },
  );
}

/**
 * The caller side of a call nobody called in on: already done, so the driver never answers,
 * refuses or BYEs a carrier INVITE that does not exist, and its media is silent and portless.
 */
function noCarrierCaller(callId: string): SipCall['caller'] {
  const media: MediaLeg = {
    id: `${callId}:none`,
    local: { address: '0.0.0.0', port: 0 },
    connect: () => {},
    play: () => {},
    onDigit: () => {},
    sendDigit: () => {},
    onInactive: () => {},
    close: () => {},
  };
  return { invite: undefined as never, localTag: '', media, codec: 'PCMU', done: true, gone: true };
}
