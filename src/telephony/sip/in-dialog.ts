import type { Command } from '../../engine/commands.ts';
import { sipOf } from '../../engine/workspace/sip.ts';
import { newId } from '../../runtime/ids.ts';
import { type DriverContext, dialogKey, hangUpCustomer, sdpFor } from './context.ts';
import { dialogRequest } from './dialog.ts';
import { parseNameAddr } from './grammar.ts';
import type { DialogOwner, SipCall } from './legs.ts';
import { parseSdp, remoteMedia } from './sdp.ts';
import type { ServerTransaction } from './transactions.ts';

/**
 * Requests inside a dialog we hold: BYE (a hang-up), re-INVITE (a phone's hold and resume
 * buttons, or new media), REFER (a desk phone's transfer button, S4) and NOTIFY.
 */
export function handleInDialog(context: DriverContext, transaction: ServerTransaction, toTag: string): void {
  const { request } = transaction;
  const owner = context.dialogs.get(dialogKey(request.headers.get('Call-ID') ?? '', toTag));
  if (!owner) {
    if (request.method !== 'ACK') transaction.reply(481);
    return;
  }
  switch (request.method) {
    case 'BYE':
      transaction.reply(200);
      return hungUp(context, owner);
    case 'INVITE':
      return reinvite(context, transaction, owner);
    case 'REFER':
      return refer(context, transaction, owner);
    case 'NOTIFY':
    case 'OPTIONS':
      transaction.reply(200);
      return;
    default:
      transaction.reply(405, { headers: [['Allow', 'INVITE, ACK, CANCEL, BYE, OPTIONS, REFER, NOTIFY']] });
  }
}

function hungUp(context: DriverContext, owner: DialogOwner): void {
  const { call } = owner;
  if (owner.side === 'caller') {
    const dialog = call.caller.dialog;
    if (dialog) context.dialogs.delete(dialogKey(dialog.callId, dialog.localTag));
    call.caller.gone = true;
    call.caller.done = true;
    context.submit(call.workspaceId, hangUpCustomer(call));
    return;
  }
  const leg = call.legs.get(owner.legId);
  if (leg?.dialog) context.dialogs.delete(dialogKey(leg.dialog.callId, leg.dialog.localTag));
  if (leg) {
    leg.state = 'ended';
    delete leg.dialog;
  }
  context.submit(call.workspaceId, { type: 'call.hangup_leg', callId: call.callId, legId: owner.legId });
}

/** New SDP from a peer: follow its media; an agent's sendonly/inactive is their hold button. */
function reinvite(context: DriverContext, transaction: ServerTransaction, owner: DialogOwner): void {
  const { call } = owner;
  const offer = parseSdp(transaction.request.body);
  const remote = offer && remoteMedia(offer);
  const leg = owner.side === 'leg' ? call.legs.get(owner.legId) : undefined;
  const media = owner.side === 'caller' ? call.caller.media : leg?.media;
  if (!media || (transaction.request.body.length > 0 && !remote)) {
    transaction.reply(488);
    return;
  }
  if (remote) media.connect(remote);
  const holding = remote?.direction === 'sendonly' || remote?.direction === 'inactive';
  transaction.reply(200, {
    headers: [
      ['Contact', `<sip:${context.local.host}:${context.local.port}>`],
      ['Content-Type', 'application/sdp'],
    ],
    body: sdpFor(context, media.local.port, remote?.codec ?? call.caller.codec, true),
  });
  if (!leg?.userId || !remote) return;
  const held = call.heldBy === leg.userId;
  if (holding && !held) {
    call.heldBy = leg.userId;
    context.submit(call.workspaceId, { type: 'call.hold', callId: call.callId, userId: leg.userId });
  } else if (!holding && held) {
    delete call.heldBy;
    context.submit(call.workspaceId, { type: 'call.resume', callId: call.callId, userId: leg.userId });
  }
}

/** A desk phone's transfer button: a blind transfer (202, then NOTIFY with the outcome as sipfrag). */
function refer(context: DriverContext, transaction: ServerTransaction, owner: DialogOwner): void {
  const { call } = owner;
  const leg = owner.side === 'leg' ? call.legs.get(owner.legId) : undefined;
  const target = leg?.userId
    ? transferTarget(context, call, transaction.request.headers.get('Refer-To'))
    : undefined;
  if (!leg?.userId || !leg.dialog || !target) {
    transaction.reply(leg?.userId ? 400 : 403, {
      reason: leg?.userId ? 'Unknown Transfer Target' : 'Forbidden',
    });
    return;
  }
  transaction.reply(202);
  const dialog = leg.dialog;
  const command: Command = {
    type: 'call.transfer',
    callId: call.callId,
    transferId: newId('tr'),
    userId: leg.userId,
    target,
    method: 'direct',
  };
  const notify = (status: string) => {
    const request = dialogRequest(dialog, 'NOTIFY', context.local, {
      headers: [
        ['Event', 'refer'],
        ['Subscription-State', 'terminated;reason=noresource'],
        ['Content-Type', 'message/sipfrag;version=2.0'],
      ],
      body: Buffer.from(`SIP/2.0 ${status}\r\n`),
    });
    context.layer.request(request, dialog.peer, { onResponse: () => {}, onTimeout: () => {} });
  };
  // A transfer starts from a held call (seed 000); a phone's blind transfer does not hold first.
  const held = context.state(call.workspaceId)?.calls.get(call.callId)?.held;
  const userId = leg.userId;
  (held
    ? Promise.resolve()
    : context.execute(call.workspaceId, { type: 'call.hold', callId: call.callId, userId })
  )
    .then(() => context.execute(call.workspaceId, command))
    .then(() => notify('200 OK'))
    .catch(() => notify('503 Service Unavailable'));
}

type TransferTarget = Extract<Command, { type: 'call.transfer' }>['target'];

/** Refer-To's user part: an agent's extension or SIP username, else an external number. */
function transferTarget(
  context: DriverContext,
  call: SipCall,
  referTo: string | undefined,
): TransferTarget | undefined {
  const user = referTo ? parseNameAddr(referTo)?.uri?.user : undefined;
  if (!user) return undefined;
  const state = context.state(call.workspaceId);
  if (!state) return undefined;
  const byExtension = Object.hasOwn(state.userByExtension, user) ? state.userByExtension[user] : undefined;
  if (byExtension) return { kind: 'user', userId: byExtension };
  const account = Object.entries(sipOf(state).accounts).find(([, entry]) => entry.username === user);
  if (account) return { kind: 'user', userId: account[0] };
  const digits = user.replace(/[\s\-.()]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? { kind: 'external', number: digits } : undefined;
}
