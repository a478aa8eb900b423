import type { Event, EventType } from '../engine/events.ts';

/**
 * The entries of a history (V18 audit, a call's and a conversation's timelines): which of the
 * engine's events a history shows, under which version, with which of their fields. The
 * engine's events are internal; what a history publishes of them is decided here, for every
 * event (the compiler fails when an event or a field is added and nobody decides), and a
 * field list that changes needs a new version (history-entries.snapshot.json).
 * Type-only engine imports: nothing of the engine reaches the console's bundle.
 */

type KeysOf<T> = T extends unknown ? keyof T : never;
type EventOf<T extends EventType> = Extract<Event, { type: T }>;
/** The fields an event of this type may have, its type aside. */
export type EventFields<T extends EventType> = Exclude<KeysOf<EventOf<T>>, 'type'>;

/**
 * Published: at this version, these fields; `hidden` are the engine's own (seeds, secrets).
 * Version 2 of the saved-configuration entries (a user, a menu, a number's settings …): their
 * data typed as the GET route's schema instead of unknown, and a created user without the
 * engine's counters (issue 17).
 */
export interface EntryRule<T extends EventType> {
  version: number;
  fields: readonly EventFields<T>[];
  hidden?: readonly EventFields<T>[];
}

/** The engine's bookkeeping: never in a history. */
export const internal = 'internal';

type Catalog = { [T in EventType]: EntryRule<T> | typeof internal };

export const historyEntryCatalog = {
  'billing.updated': { version: 2, fields: ['billing', 'topUpCents'] },
  'call.action_taken': { version: 2, fields: ['callId', 'action', 'reason'] },
  'call.awaiting_input': { version: 1, fields: ['callId', 'menuId', 'untilAt'] },
  'call.charged': { version: 1, fields: ['callId', 'legId', 'to', 'amountCents', 'connectedMs'] },
  'call.dequeued': { version: 1, fields: ['callId', 'reason'] },
  'call.dtmf_received': { version: 1, fields: ['callId', 'digits'] },
  'call.ended': { version: 1, fields: ['callId', 'outcome', 'endedBy'] },
  'call.filed': { version: 1, fields: ['callId', 'contactId', 'responsibleUserId'] },
  'call.forward_refused': { version: 1, fields: ['callId', 'to', 'reason'] },
  'call.held': { version: 1, fields: ['callId', 'userId'], hidden: ['audio'] },
  'call.leg_answered': { version: 1, fields: ['callId', 'legId', 'userId'], hidden: ['audio'] },
  'call.leg_ended': { version: 1, fields: ['callId', 'legId', 'userId', 'reason'] },
  'call.leg_ringing': {
    version: 1,
    fields: ['callId', 'legId', 'userId', 'number', 'presentedNumber', 'transfer', 'position'],
  },
  'call.menu_choice': { version: 2, fields: ['callId', 'menuId', 'input', 'action', 'reason'] },
  'call.menu_entered': { version: 1, fields: ['callId', 'menuId', 'repeats'] },
  'call.monitor_changed': { version: 1, fields: ['callId', 'legId', 'userId', 'mode'], hidden: ['audio'] },
  'call.monitor_joined': { version: 1, fields: ['callId', 'legId', 'userId', 'mode'], hidden: ['audio'] },
  'call.monitor_followed': {
    version: 1,
    fields: ['callId', 'legId', 'userId', 'mode', 'agentIds'],
    hidden: ['audio'],
  },
  'call.monitor_ringing': { version: 1, fields: ['callId', 'legId', 'userId', 'mode'] },
  'call.offer_skipped': { version: 1, fields: ['callId', 'userId', 'reason'] },
  'call.placed': {
    version: 1,
    fields: ['callId', 'numberId', 'from', 'to', 'userId', 'agentLegId', 'customerLegId'],
  },
  'call.playing': { version: 1, fields: ['callId', 'playback', 'text', 'untilAt'] },
  'call.quality_recorded': {
    version: 1,
    fields: ['callId', 'legId', 'userId', 'jitterMs', 'lossPercent', 'rttMs', 'mos'],
  },
  'call.queued': { version: 1, fields: ['callId', 'pool', 'position'] },
  'call.received': { version: 1, fields: ['callId', 'numberId', 'from', 'to', 'contactId', 'customerLegId'] },
  'call.recording_started': { version: 1, fields: ['callId', 'recordingId'] },
  'call.recording_stopped': {
    version: 1,
    fields: ['callId', 'recordingId', 'durationMs', 'numberId', 'from'],
  },
  'call.resumed': { version: 1, fields: ['callId', 'userId'], hidden: ['audio'] },
  'call.rng_advanced': internal,
  'call.routed': {
    version: 1,
    fields: ['callId', 'pool', 'strategy', 'poolSize', 'candidates', 'unlisted', 'offering', 'skills'],
    hidden: ['seed'],
  },
  'call.supervisor_action': { version: 1, fields: ['callId', 'userId', 'action', 'agentId', 'target'] },
  'call.telephony_lost': { version: 1, fields: ['callId', 'reason'] },
  'call.transfer_completed': { version: 1, fields: ['callId', 'transferId', 'userId'], hidden: ['audio'] },
  'call.transfer_started': {
    version: 1,
    fields: ['callId', 'transferId', 'initiatorId', 'target', 'method', 'note', 'targetLegId'],
    hidden: ['audio'],
  },
  'call.voicedrop': { version: 1, fields: ['callId', 'userId'] },
  'call.voicemail_left': { version: 1, fields: ['callId', 'voicemailId', 'numberId', 'from', 'durationMs'] },
  'call.voicemail_recording': { version: 1, fields: ['callId', 'voicemailId'] },
  'callback.connected': { version: 1, fields: ['callbackId', 'callId', 'userId'] },
  'callback.dialing': { version: 1, fields: ['callbackId', 'userId', 'callId', 'attempt'] },
  'callback.entering': { version: 1, fields: ['callId', 'digits'] },
  'callback.finished': { version: 1, fields: ['callbackId', 'outcome', 'userId', 'reason'] },
  'callback.offered': { version: 1, fields: ['callbackId', 'userId', 'mode'] },
  'callback.prompted': { version: 1, fields: ['callId', 'key', 'text'] },
  'callback.requested': {
    version: 1,
    fields: ['callbackId', 'callId', 'numberId', 'pool', 'to', 'queuedAt', 'typed'],
  },
  'callback.requeued': { version: 1, fields: ['callbackId'] },
  'callback.retry_scheduled': { version: 1, fields: ['callbackId', 'at', 'attempt'] },
  'callback.returned': { version: 1, fields: ['callbackId', 'userId', 'reason'] },
  'chat.department_configured': { version: 1, fields: ['departmentId', 'settings'] },
  'contact.created': { version: 2, fields: ['contact'] },
  'contact.removed': { version: 1, fields: ['contactId'] },
  'contact.updated': { version: 2, fields: ['contact'] },
  'conversation.assigned': { version: 1, fields: ['conversationId', 'userId', 'by', 'position'] },
  'conversation.message_received': { version: 1, fields: ['conversationId', 'messageId', 'text'] },
  'conversation.note_added': { version: 1, fields: ['conversationId', 'noteId', 'userId', 'text', 'kind'] },
  'conversation.opened': {
    version: 1,
    fields: ['conversationId', 'channel', 'contact', 'departmentId', 'reopened'],
  },
  'conversation.queued': { version: 1, fields: ['conversationId', 'departmentId', 'position'] },
  'conversation.reply_sent': { version: 1, fields: ['conversationId', 'messageId', 'userId', 'text'] },
  'conversation.routed': {
    version: 1,
    fields: ['conversationId', 'departmentId', 'strategy', 'candidates', 'unlisted', 'skills'],
  },
  'conversation.transferred': {
    version: 1,
    fields: ['conversationId', 'fromUserId', 'by', 'byKey', 'to', 'reason'],
  },
  'conversation.unassigned': { version: 1, fields: ['conversationId', 'userId', 'reason'] },
  'department.created': { version: 2, fields: ['department'] },
  'department.removed': { version: 1, fields: ['departmentId'] },
  'department.updated': { version: 1, fields: ['departmentId', 'name', 'memberIds'] },
  'group.removed': { version: 1, fields: ['groupId'] },
  'group.saved': { version: 2, fields: ['group'] },
  'ivr_menu.removed': { version: 1, fields: ['menuId'] },
  'ivr_menu.saved': { version: 2, fields: ['menu'] },
  'number.added': { version: 2, fields: ['number'] },
  'number.configured': { version: 2, fields: ['numberId', 'settings'] },
  'number.removed': { version: 1, fields: ['numberId'] },
  'number.updated': { version: 1, fields: ['numberId', 'changes'] },
  'presence.changed': { version: 1, fields: ['userId', 'from', 'to', 'reason'] },
  'routing.relaxed': { version: 1, fields: ['callId', 'conversationId', 'required', 'relaxed'] },
  'routing_rules.saved': { version: 2, fields: ['target', 'rule'] },
  'sip.account_removed': { version: 1, fields: ['userId'] },
  'sip.account_set': { version: 1, fields: ['userId', 'username'], hidden: ['ha1'] },
  'sip.device_registered': { version: 1, fields: ['userId'] },
  'sip.devices_gone': { version: 1, fields: ['userId'] },
  'sip.trunk_configured': { version: 2, fields: ['trunk'] },
  'timer.cleared': internal,
  'timer.set': internal,
  'user.created': { version: 2, fields: ['user', 'departmentIds', 'numberIds'] },
  'user.removed': { version: 1, fields: ['userId'] },
  'user.updated': { version: 2, fields: ['userId', 'changes', 'departmentIds'] },
  'voicemail.heard': { version: 1, fields: ['voicemailId', 'numberId', 'userId'] },
  'webhook.created': { version: 2, fields: ['webhook'] },
  'webhook.removed': { version: 1, fields: ['webhookId'] },
  'webhook.updated': { version: 1, fields: ['webhookId', 'url', 'events', 'enabled', 'description'] },
  'workflow.branch_taken': {
    version: 1,
    fields: ['runId', 'workflowId', 'conversationId', 'callId', 'stepId', 'path', 'why'],
  },
  'workflow.draft_saved': { version: 1, fields: ['workflowId', 'name', 'definition'] },
  'workflow.enabled_set': { version: 1, fields: ['workflowId', 'enabled'] },
  'workflow.published': { version: 1, fields: ['workflowId', 'version', 'definition'] },
  'workflow.removed': { version: 1, fields: ['workflowId'] },
  'workflow.run_finished': {
    version: 1,
    fields: ['runId', 'workflowId', 'conversationId', 'callId', 'reason'],
  },
  'workflow.run_started': {
    version: 1,
    fields: ['runId', 'workflowId', 'conversationId', 'callId', 'version', 'stepId', 'call', 'contact'],
  },
  'workflow.step_entered': {
    version: 1,
    fields: ['runId', 'workflowId', 'conversationId', 'callId', 'stepId', 'kind'],
  },
  'workflow.step_result': {
    version: 1,
    fields: [
      'runId',
      'workflowId',
      'conversationId',
      'callId',
      'stepId',
      'result',
      'outcome',
      'previousAssigneeId',
      'rotation',
      'linkedConversationId',
    ],
  },
  'workspace.created': {
    version: 1,
    fields: ['name', 'plan', 'timeZone', 'defaultCountry'],
    hidden: ['seed'],
  },
  'workspace.updated': { version: 2, fields: ['changes'] },
  'wrap_up.ended': { version: 1, fields: ['userId', 'channel', 'reason'] },
  'wrap_up.extended': { version: 1, fields: ['userId', 'channel', 'until'] },
  'wrap_up.started': { version: 1, fields: ['userId', 'channel', 'seconds', 'until', 'source'] },
  'call.transfer_became_direct': { version: 1, fields: ['callId', 'transferId'] },
  'call.transfer_cancelled': { version: 1, fields: ['callId', 'transferId', 'reason'], hidden: ['audio'] },
  'call.transfer_conference_started': { version: 1, fields: ['callId', 'transferId'], hidden: ['audio'] },
  'call.transfer_consulting': { version: 1, fields: ['callId', 'transferId'] },
  'call.transfer_failed': {
    version: 1,
    fields: ['callId', 'transferId', 'reason', 'returnTo'],
    hidden: ['audio'],
  },
  'conversation.held': { version: 1, fields: ['conversationId', 'userId'] },
  'conversation.pending': { version: 1, fields: ['conversationId', 'userId'] },
  'conversation.resolved': { version: 1, fields: ['conversationId', 'userId', 'assigneeId'] },
  'conversation.resumed': { version: 1, fields: ['conversationId', 'userId'] },
} as const satisfies Catalog;

export type HistoryCatalog = typeof historyEntryCatalog;

/** The fields an entry of this type publishes. */
export type Published<T extends EventType> = HistoryCatalog[T] extends { fields: readonly (infer F)[] }
  ? F
  : never;
type Hidden<T extends EventType> = HistoryCatalog[T] extends { hidden: readonly (infer H)[] } ? H : never;
type Decided<T extends EventType> = HistoryCatalog[T] extends typeof internal
  ? EventFields<T>
  : Published<T> | Hidden<T>;
/** Each event's fields that the catalog neither publishes nor hides: none, or tsc fails. */
type Undecided = { [T in EventType]: Exclude<EventFields<T>, Decided<T>> };
const everyFieldDecided = <_T extends { [K in EventType]: never }>() => true;
export const historyContract = everyFieldDecided<Undecided>();
