import { IdMap } from '../id-map.ts';
import { addIdle, removeIdle } from '../routing/pool-index.ts';
import type { WorkspaceState } from '../state.ts';
import type { Call, Leg } from './call.ts';
import type { CallEvent } from './events.ts';
import { newCall, newLeg } from './new-call.ts';
import { rotationKey } from './offer.ts';
import { waitingSince } from './waiting.ts';
import { forgetWaiting, waitingChanged } from './waiting-counts.ts';

function received(
  state: WorkspaceState,
  event: Extract<CallEvent, { type: 'call.received' }>,
  at: number,
): void {
  const leg = newLeg({
    id: event.customerLegId,
    party: 'customer',
    number: event.from,
    status: 'connected',
    startedAt: at,
  });
  state.calls.set(
    event.callId,
    newCall({
      id: event.callId,
      direction: 'inbound',
      numberId: event.numberId,
      from: event.from,
      to: event.to,
      contactId: event.contactId,
      phase: 'ringing',
      legs: legsOf(event.customerLegId, leg),
      legCount: 0,
      startedAt: at,
    }),
  );
}

/**
 * A call's legs, keyed by leg id. Leg ids are new with every call: a record keyed by one makes
 * V8 internalise the fresh string first; a Map only hashes it.
 */
function legsOf(legId: string, leg: Leg): IdMap<Leg> {
  const legs = new IdMap<Leg>();
  legs.set(legId, leg);
  return legs;
}

/** A leg to a number outside the workspace (a forward, a transfer out): billed per minute. */
function externalLegRinging(id: string, number: string | undefined, at: number): Leg {
  return newLeg({ id, party: 'external', number, status: 'ringing', startedAt: at, billable: true });
}

function legRinging(
  state: WorkspaceState,
  call: Call,
  event: Extract<CallEvent, { type: 'call.leg_ringing' }>,
  at: number,
): void {
  call.legCount += 1;
  if (call.phase === 'transferring') {
    // A transfer's target rings while the caller stays on hold: the phase stays the transfer's.
    call.legs.set(
      event.legId,
      event.userId
        ? newLeg({ id: event.legId, party: 'agent', userId: event.userId, status: 'ringing', startedAt: at })
        : externalLegRinging(event.legId, event.number, at),
    );
    const target = event.userId ? state.users[event.userId] : undefined;
    if (target) target.ringingLegs += 1;
    return;
  }
  if (event.userId) {
    call.legs.set(
      event.legId,
      newLeg({ id: event.legId, party: 'agent', userId: event.userId, status: 'ringing', startedAt: at }),
    );
    const user = state.users[event.userId];
    if (user) user.ringingLegs += 1;
    // simultaneous rings once, so it needs no list of who was tried (and 50,000 includes() would be quadratic).
    const offering = call.offering;
    if (offering && !offering.ringAll && !offering.tried.includes(event.userId))
      offering.tried.push(event.userId);
    if (call.offering && event.position !== undefined && event.position >= 0)
      state.rotation[rotationKey(call.offering.pool)] = event.position;
    call.phase = 'ringing';
    return;
  }
  call.legs.set(event.legId, externalLegRinging(event.legId, event.number, at));
  call.phase = 'forwarding';
  call.forwarded = true;
}

function legAnswered(
  state: WorkspaceState,
  call: Call,
  event: Extract<CallEvent, { type: 'call.leg_answered' }>,
  at: number,
): void {
  const leg = call.legs.get(event.legId);
  if (leg) {
    leg.status = 'connected';
    leg.answeredAt = at;
  }
  call.phase = 'connected';
  call.answeredAt ??= at;
  // An answer connects the caller (a held call that came back from a failed transfer too); a consult does not.
  if (call.transfer?.method !== 'assisted') call.held = false;
  const user = event.userId ? state.users[event.userId] : undefined;
  if (!user) return;
  call.agentId = user.id;
  user.ringingLegs -= 1;
  user.connectedLegs += 1;
  // Longest-idle order: out of its place, then to the back, since nobody answered later.
  removeIdle(state, user.id);
  user.lastAnsweredAt = at;
  addIdle(state, user.id);
  user.missedOffers = 0;
}

function legEnded(
  state: WorkspaceState,
  call: Call,
  event: Extract<CallEvent, { type: 'call.leg_ended' }>,
): void {
  const leg = call.legs.get(event.legId);
  if (!leg || leg.status === 'ended') return;
  const user = leg.userId ? state.users[leg.userId] : undefined;
  if (user && leg.status === 'ringing') user.ringingLegs -= 1;
  if (user && leg.status === 'connected') user.connectedLegs -= 1;
  if (user && event.reason === 'no_answer') user.missedOffers += 1;
  leg.status = 'ended';
}

function placed(state: WorkspaceState, event: Extract<CallEvent, { type: 'call.placed' }>, at: number): void {
  state.calls.set(
    event.callId,
    newCall({
      id: event.callId,
      direction: 'outbound',
      numberId: event.numberId,
      from: event.from,
      to: event.to,
      phase: 'ringing',
      legs: new IdMap<Leg>([
        [
          event.agentLegId,
          newLeg({
            id: event.agentLegId,
            party: 'agent',
            userId: event.userId,
            status: 'connected',
            startedAt: at,
          }),
        ],
        [
          event.customerLegId,
          newLeg({
            id: event.customerLegId,
            party: 'customer',
            number: event.to,
            status: 'ringing',
            startedAt: at,
            billable: true,
          }),
        ],
      ]),
      legCount: 1,
      startedAt: at,
      agentId: event.userId,
    }),
  );
  const user = state.users[event.userId];
  if (user) user.connectedLegs += 1;
}

/** Out of the waiting list, in place: usually its head, so no copy of a deep queue per call. */
function removeWaiting(state: WorkspaceState, call: Call): void {
  const position = state.waiting[0] === call.id ? 0 : state.waiting.indexOf(call.id);
  if (position < 0) return;
  // Counted for the pool the entry counted for; a callback of the same id muddles that: count again.
  if (state.callbacks.has(call.id)) forgetWaiting(state);
  else waitingChanged(state, call.queuePool, -1);
  // The head by shift: no array made for what splice would return.
  if (position === 0) state.waiting.shift();
  else state.waiting.splice(position, 1);
}

/**
 * Issue 21 item 5: a caller back in the queue (an offer went unanswered) takes their own
 * place: after everyone who waited since before them, before anyone who came later.
 */
function rejoinWaiting(state: WorkspaceState, callId: string, queuedAt: number): void {
  if (state.waiting.includes(callId)) return;
  const place = state.waiting.findIndex((id) => waitingSince(state, id) > queuedAt);
  if (place < 0) state.waiting.push(callId);
  else state.waiting.splice(place, 0, callId);
}

export function evolveCall(state: WorkspaceState, event: CallEvent, at: number): WorkspaceState {
  // Read once: events come in dozens of shapes, so each read of a field is a generic look-up.
  const type = event.type;
  if (type === 'call.received') {
    received(state, event, at);
    // An entry of a callback of the same id would now be read as this call's.
    if (state.callbacks.has(event.callId)) forgetWaiting(state);
    return state;
  }
  if (type === 'call.placed') {
    placed(state, event, at);
    if (state.callbacks.has(event.callId)) forgetWaiting(state);
    return state;
  }
  const call = state.calls.get(event.callId);
  if (!call) return state;
  switch (type) {
    case 'call.routed':
      state.rng = event.seed;
      call.routedAt ??= at;
      call.offering = event.offering ? { ...event.offering, tried: [...event.offering.tried] } : undefined;
      break;
    case 'call.menu_entered':
      call.menu = { menuId: event.menuId, repeats: event.repeats };
      break;
    case 'call.awaiting_input':
      call.phase = 'menu';
      break;
    case 'call.menu_choice':
      call.menu = undefined;
      break;
    case 'call.quality_recorded':
      break;
    case 'call.dtmf_received':
      if (call.phase === 'playing' && call.playback?.after === 'route')
        call.dialled = (call.dialled ?? '') + event.digits;
      break;
    case 'call.filed':
      if (event.responsibleUserId) call.agentId = event.responsibleUserId;
      break;
    case 'call.rng_advanced':
      state.rng = event.seed;
      break;
    case 'call.leg_ringing':
      legRinging(state, call, event, at);
      break;
    case 'call.leg_answered':
      legAnswered(state, call, event, at);
      break;
    case 'call.leg_ended':
      legEnded(state, call, event);
      break;
    case 'call.action_taken':
      call.action = event.action;
      call.actionReason = event.reason;
      break;
    case 'call.playing':
      call.phase = 'playing';
      call.playback = event.playback;
      break;
    case 'call.voicemail_recording':
      call.phase = 'voicemail';
      call.voicemailId = event.voicemailId;
      call.voicemailStartedAt = at;
      break;
    case 'call.queued':
      call.phase = 'queued';
      call.queuePool = event.pool;
      // A call queued for the first time cannot be in the list yet: no scan of a deep queue.
      if (call.queuedAt === undefined && !state.callbacks.has(call.id)) {
        state.waiting.push(call.id);
        waitingChanged(state, event.pool, 1);
      } else {
        if (call.queuedAt === undefined) state.waiting.push(call.id);
        else rejoinWaiting(state, call.id, call.queuedAt);
        forgetWaiting(state);
      }
      call.queuedAt ??= at;
      break;
    case 'call.dequeued':
      removeWaiting(state, call);
      break;
    case 'call.recording_stopped':
      call.recordingId = undefined;
      break;
    case 'call.recording_started':
      call.recordingSegments = (call.recordingSegments ?? 0) + 1;
      call.recordingId = event.recordingId;
      call.recordingStartedAt = at;
      break;
    case 'call.voicemail_left':
      state.unheardVoicemails.set(event.voicemailId, event.numberId);
      break;
    case 'call.charged':
      state.billing.balanceCents -= event.amountCents;
      break;
    case 'call.ended':
      if (call.phase === 'queued') removeWaiting(state, call);
      state.calls.delete(event.callId);
      // An entry left behind (a call that waited and is no longer queued) now counts for nothing.
      if (
        state.callbacks.has(call.id) ||
        (call.queuedAt !== undefined && call.phase !== 'queued' && state.waiting.includes(call.id))
      )
        forgetWaiting(state);
      break;
  }
  return state;
}
