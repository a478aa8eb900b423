import type { Command } from '../../engine/commands.ts';
import { sipOf } from '../../engine/workspace/sip.ts';
import type { BrowserLeg } from '../webrtc/browser-leg.ts';
import type { BrowserPhone } from '../webrtc/browser-phone.ts';
import { qualityOf } from '../webrtc/quality.ts';
import { callKey, type DriverContext } from './context.ts';
import type { OutLeg, SipCall } from './legs.ts';
import { customerMedia, syncMedia } from './media-sync.ts';
import { dropLeg } from './outbound.ts';

/**
 * The browser as one of a user's devices on SIP calls (SPEC S2, S6; issue 15). The engine
 * offers the call to the user; the driver rings their registered desk phones and the console
 * shows the offer (it rings from the event stream). Whichever answers first wins: a desk
 * phone's 200 OK answers the leg and the console's offer ends with it; an Answer pressed on the
 * console answers the leg through the API, the desk phones are CANCELled and the media opens
 * to that console over WebRTC, bridged on the media plane like any phone's leg.
 */

/** Whether the user has a console open as a phone: a leg to them rings there even with no desk phone. */
export function hasBrowser(context: DriverContext, workspaceId: string, userId: string): boolean {
  return (context.webrtc?.registry.browsersOf(workspaceId, userId).length ?? 0) > 0;
}

/**
 * The engine says the user answered `legId`: when no desk phone took it, opens the media to the
 * console where they pressed Answer. True when the leg is (being) answered on a browser.
 */
export function answerOnBrowser(context: DriverContext, call: SipCall, legId: string): boolean {
  const existing = call.legs.get(legId);
  if (existing?.state === 'connected') return false;
  const userId = context.state(call.workspaceId)?.calls.get(call.callId)?.legs.get(legId)?.userId;
  if (!userId || !context.webrtc) return false;
  const phone = context.webrtc.registry.answeringBrowser(call.workspaceId, userId, legId);
  if (!phone) return false;
  // The console answered first: the desk phones still ringing stop.
  if (existing) dropLeg(context, call, legId);
  const leg: OutLeg = { legId, userId, forks: [], failures: [], state: 'connected' };
  call.legs.set(legId, leg);
  openOnBrowser(context, call, leg, phone);
  return true;
}

/**
 * Opens a connected leg's media to one console over WebRTC; `opened` runs once its audio is up
 * (an agent's call out then dials the customer). A console that does not take it ends the leg.
 */
export function openOnBrowser(
  context: DriverContext,
  call: SipCall,
  leg: OutLeg,
  phone: BrowserPhone,
  opened?: () => void,
): void {
  phone
    .openLeg(`${call.callId}:${leg.legId}`)
    .then((browserLeg) => connected(context, call, leg, browserLeg, opened))
    .catch((error: unknown) => {
      context.warn('SIP: the console did not take the call’s audio', error);
      legGone(context, call, leg);
    });
}

/**
 * The console an agent's call out opens on: the one that said it placed it, else the one they
 * opened last (the tab in front of them, most likely).
 */
export function placingBrowser(
  context: DriverContext,
  workspaceId: string,
  userId: string,
  legId: string,
): BrowserPhone | undefined {
  const registry = context.webrtc?.registry;
  if (!registry) return undefined;
  return (
    registry.answeringBrowser(workspaceId, userId, legId) ??
    registry
      .browsersOf(workspaceId, userId)
      .filter((phone) => phone.isOpen)
      .at(-1)
  );
}

function connected(
  context: DriverContext,
  call: SipCall,
  leg: OutLeg,
  browserLeg: BrowserLeg,
  opened?: () => void,
): void {
  if (leg.dropping || leg.state !== 'connected') return browserLeg.close('the call moved on');
  leg.media = browserLeg.leg;
  leg.browser = sampleQuality(context, call, leg, browserLeg);
  browserLeg.onEnded(() => {
    leg.browser?.stop();
    legGone(context, call, leg);
  });
  opened?.();
  syncMedia(context, call);
}

/** The page hung up, the tab closed or its media stopped: the engine ends the agent's leg. */
function legGone(context: DriverContext, call: SipCall, leg: OutLeg): void {
  if (leg.dropping || leg.state === 'ended') return;
  leg.state = 'ended';
  if (call.legs.get(leg.legId) === leg) call.legs.delete(leg.legId);
  if (!context.calls.has(callKey(call.workspaceId, call.callId))) return;
  context.submit(call.workspaceId, { type: 'call.hangup_leg', callId: call.callId, legId: leg.legId });
}

/**
 * Records the leg's quality on the call (jitter, loss, round trip, MOS) a few seconds after it
 * connects and then every `qualityEveryMs`, while the leg lasts: a call's figures are in its
 * history even when it ends abruptly.
 */
function sampleQuality(
  context: DriverContext,
  call: SipCall,
  leg: OutLeg,
  browserLeg: BrowserLeg,
): { stop(): void } {
  const record = () => {
    if (leg.state !== 'connected' || leg.dropping) return;
    browserLeg
      .stats()
      .then((stats) => {
        if (stats.packetsReceived === 0 || leg.state !== 'connected' || leg.dropping) return;
        context.submit(call.workspaceId, {
          type: 'call.quality',
          callId: call.callId,
          legId: leg.legId,
          quality: qualityOf(stats),
        });
      })
      .catch((error: unknown) => context.warn('SIP: no stats from a browser leg', error));
  };
  const every = context.qualityEveryMs ?? 30_000;
  const first = setTimeout(record, Math.min(every, 4000));
  const timer = setInterval(record, every);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}

/** The agent's keypad toward the SIP side: each key as an RFC 4733 event on the caller's leg. */
export function sendAgentDigits(
  context: DriverContext,
  workspaceId: string,
  callId: string,
  digits: string,
): boolean {
  const call = context.calls.get(callKey(workspaceId, callId));
  const customer = call && customerMedia(call);
  if (!customer) return false;
  for (const digit of digits) customer.sendDigit(digit);
  return true;
}

/**
 * Routing skips a user with SIP credentials and no registered device (S2); an open console is
 * a device too. The registrar's "last phone gone" is held back while a console is open, and a
 * console coming or going reports the change when it is the user's only device.
 */
export function keepsBrowserReachable(
  context: DriverContext,
  workspaceId: string,
  command: Command,
): boolean {
  return command.type === 'sip.devices_gone' && hasBrowser(context, workspaceId, command.userId);
}

export function followBrowsers(
  context: DriverContext,
  deskPhones: (workspaceId: string, userId: string) => number,
  active: () => boolean,
): void {
  context.webrtc?.registry.onChange((device, present) => {
    if (device.kind !== 'browser' || !active()) return;
    const { workspaceId, userId } = device;
    const accounts = sipOf(context.state(workspaceId) ?? ({} as never)).accounts;
    const account = Object.hasOwn(accounts, userId) ? accounts[userId] : undefined;
    if (!account) return;
    if (present && !account.registered)
      context.submit(workspaceId, { type: 'sip.device_registered', userId });
    else if (
      !present &&
      account.registered &&
      !hasBrowser(context, workspaceId, userId) &&
      deskPhones(workspaceId, userId) === 0
    )
      context.submit(workspaceId, { type: 'sip.devices_gone', userId });
  });
}
