import type { Billing, Contact, Department, PhoneNumber, User, WorkspaceState } from '../engine/state.ts';
import type { Transfer } from '../engine/transfer/transfer.ts';
import type { Call, Leg } from '../engine/voice/call.ts';
import { departmentsOf } from '../engine/workspace/users.ts';
import type { CallParticipation, CallRecord } from '../store/port.ts';
import { iso } from './schemas.ts';

/** How entities look in the API: times as ISO strings, relations as id lists. */
export function userView(state: WorkspaceState, user: User) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    ...(user.extension ? { extension: user.extension } : {}),
    ...(user.mobile ? { mobile: user.mobile } : {}),
    capacity: user.capacity,
    presence: user.presence,
    presenceSince: iso(user.presenceSince),
    departmentIds: departmentsOf(state, user.id),
    numberIds: Object.values(state.numbers)
      .filter((number) => number.assignedUserIds.includes(user.id))
      .map((number) => number.id),
    skills: user.skills ?? [],
    ...(user.wrapUp ? { wrapUp: wrapUpView(user.wrapUp) } : {}),
  };
}

/** R2: wrap-ups with their end as an ISO time. */
export function wrapUpView(wrapUp: NonNullable<User['wrapUp']>) {
  const view: Record<string, { until: string; seconds: number; extended: boolean }> = {};
  for (const [channel, entry] of Object.entries(wrapUp))
    if (entry) view[channel] = { until: iso(entry.until), seconds: entry.seconds, extended: entry.extended };
  return view;
}

export function workspaceView(state: WorkspaceState) {
  return {
    id: state.id,
    name: state.name,
    plan: state.plan,
    timeZone: state.timeZone,
    ...(state.defaultCountry ? { defaultCountry: state.defaultCountry } : {}),
    ...(state.missedOfferPolicy ? { missedOfferPolicy: state.missedOfferPolicy } : {}),
    webchatOrigins: state.webchatOrigins ?? [],
    createdAt: iso(state.createdAt),
  };
}

/** A department's size and how many of its members are online (presence only; chat room is not counted). */
export function departmentView(state: WorkspaceState, department: Department) {
  const online = department.memberIds.filter((id) => state.users[id]?.presence === 'online');
  return {
    id: department.id,
    name: department.name,
    memberIds: [...department.memberIds],
    memberCount: department.memberIds.length,
    onlineCount: online.length,
  };
}

export function numberView(number: PhoneNumber) {
  return {
    id: number.id,
    e164: number.e164,
    kind: number.kind,
    label: number.label,
    assignedUserIds: [...number.assignedUserIds],
  };
}

export function contactView(contact: Contact) {
  return {
    id: contact.id,
    name: contact.name,
    ...(contact.company ? { company: contact.company } : {}),
    phones: [...contact.phones],
    ...(contact.responsibleUserId ? { responsibleUserId: contact.responsibleUserId } : {}),
  };
}

export function billingView(billing: Billing) {
  return { balanceCents: billing.balanceCents, currency: billing.currency, sipLicence: billing.sipLicence };
}

const optionalIso = (key: string, ms: number | undefined) => (ms === undefined ? {} : { [key]: iso(ms) });

/** A call as the calls projection keeps it, live or ended. */
export function callView(record: CallRecord) {
  return {
    id: record.id,
    direction: record.direction,
    numberId: record.numberId,
    from: record.from,
    to: record.to,
    ...(record.contactId ? { contactId: record.contactId } : {}),
    ...(record.agentId ? { agentId: record.agentId } : {}),
    status: record.status,
    ...(record.outcome ? { outcome: record.outcome } : {}),
    startedAt: iso(record.startedAt),
    ...optionalIso('answeredAt', record.answeredAt),
    ...optionalIso('endedAt', record.endedAt),
    ...(record.participation ? { participation: participationView(record.participation) } : {}),
  };
}

function participationView(participation: CallParticipation) {
  return {
    userId: participation.userId,
    ...optionalIso('offeredAt', participation.offeredAt),
    ...optionalIso('answeredAt', participation.answeredAt),
    ...optionalIso('placedAt', participation.placedAt),
    ...optionalIso('transferredAt', participation.transferredAt),
  };
}

export function legView(leg: Leg) {
  return {
    id: leg.id,
    party: leg.party,
    ...(leg.userId ? { userId: leg.userId } : {}),
    ...(leg.number ? { number: leg.number } : {}),
    status: leg.status,
    startedAt: iso(leg.startedAt),
  };
}

/** A call the engine still holds: where it is in its pipeline and every leg, in ringing order. */
export function liveCallView(call: Call) {
  const legs = [...call.legs.values()].sort((a, b) => legOrder(a.id) - legOrder(b.id));
  return {
    phase: call.phase,
    startedAt: iso(call.startedAt),
    ...optionalIso('answeredAt', call.answeredAt),
    ...(call.agentId ? { agentId: call.agentId } : {}),
    legs: legs.map(legView),
    ...(call.held ? { held: true } : {}),
    ...(call.transfer ? { transfer: transferView(call.transfer) } : {}),
  };
}

function transferView(transfer: Transfer) {
  const { target } = transfer;
  return {
    id: transfer.id,
    initiatorId: transfer.initiatorId,
    method: transfer.method,
    state: transfer.state,
    target: target.kind === 'user' ? { kind: target.kind, userId: target.userId } : target,
    ...(transfer.note ? { note: transfer.note } : {}),
    targetLegId: transfer.targetLegId,
    startedAt: iso(transfer.startedAt),
  };
}

/** Leg ids are `${callId}.${n}`: order by n, not as strings (c1.10 after c1.9). */
const legOrder = (legId: string) => Number(legId.slice(legId.lastIndexOf('.') + 1)) || 0;
