import { callbackEntities } from '../engine/callback/history.ts';
import type { Event, StoredEvent } from '../engine/events.ts';
import { supervisionEntities } from '../engine/supervision/history.ts';
import { type ConversationChange, conversationChanges } from './conversation-projection.ts';
import type { CallRecord, MediaRecord } from './port.ts';

/**
 * What one event changes in the read models, independent of the database: each store
 * adapter turns these changes into its own SQL, so the projection rules live once.
 */
export type ProjectionChange =
  | { kind: 'history'; entityType: string; entityId: string }
  | { kind: 'call'; callId: string; fields: Partial<CallRecord> }
  /** An agent took part: the first time of each kind is kept. */
  | {
      kind: 'participant';
      callId: string;
      userId: string;
      role: 'offered' | 'answered' | 'placed';
      at: number;
    }
  /** The agent started a transfer; if it completes, they transferred the call away. */
  | { kind: 'participant.transfer_started'; callId: string; userId: string; transferId: string; at: number }
  | { kind: 'participant.transferred'; callId: string; transferId: string; at: number }
  | { kind: 'media.add'; media: MediaRecord }
  | { kind: 'media.heard'; mediaId: string; at: number; userId?: string }
  | { kind: 'directory.put'; userId: string; email?: string; name?: string }
  | { kind: 'directory.delete'; userId: string }
  | ConversationChange;

/** The entities an event belongs to: it appears in each one's history. */
export function entitiesOf(event: Event): Array<[string, string]> {
  switch (event.type) {
    case 'workspace.created':
    case 'workspace.updated':
    case 'billing.updated':
      return [['workspace', '']];
    case 'user.created':
      return [['user', event.user.id]];
    case 'user.updated':
    case 'user.removed':
    case 'presence.changed':
      return [['user', event.userId]];
    case 'department.created':
      return [['department', event.department.id]];
    case 'department.updated':
    case 'department.removed':
      return [['department', event.departmentId]];
    case 'number.added':
      return [['number', event.number.id]];
    case 'number.updated':
    case 'number.configured':
    case 'number.removed':
      return [['number', event.numberId]];
    case 'contact.created':
    case 'contact.updated':
      return [['contact', event.contact.id]];
    case 'contact.removed':
      return [['contact', event.contactId]];
    case 'group.saved':
      return [['group', event.group.id]];
    case 'group.removed':
      return [['group', event.groupId]];
    case 'ivr_menu.saved':
      return [['ivr_menu', event.menu.id]];
    case 'ivr_menu.removed':
      return [['ivr_menu', event.menuId]];
    case 'webhook.created':
      return [['webhook', event.webhook.id]];
    case 'webhook.updated':
    case 'webhook.removed':
      return [['webhook', event.webhookId]];
    case 'call.received':
      return event.contactId
        ? [
            ['call', event.callId],
            ['contact', event.contactId],
          ]
        : [['call', event.callId]];
    case 'call.leg_ringing':
    case 'call.leg_answered':
    case 'call.leg_ended':
      return event.userId
        ? [
            ['call', event.callId],
            ['user', event.userId],
          ]
        : [['call', event.callId]];
    case 'call.transfer_started':
      return event.target.kind === 'user'
        ? [
            ['call', event.callId],
            ['user', event.initiatorId],
            ['user', event.target.userId],
          ]
        : [
            ['call', event.callId],
            ['user', event.initiatorId],
          ];
    case 'call.placed':
      return [
        ['call', event.callId],
        ['user', event.userId],
      ];
    case 'call.held':
    case 'call.resumed':
    case 'call.transfer_completed':
    case 'call.transfer_failed':
    case 'call.transfer_consulting':
    case 'call.transfer_conference_started':
    case 'call.transfer_cancelled':
    case 'call.transfer_became_direct':
    case 'call.voicedrop':
    case 'call.routed':
    case 'call.offer_skipped':
    case 'call.dtmf_received':
    case 'call.action_taken':
    case 'call.forward_refused':
    case 'call.telephony_lost':
    case 'call.quality_recorded':
    case 'call.playing':
    case 'call.voicemail_recording':
    case 'call.voicemail_left':
    case 'call.menu_entered':
    case 'call.awaiting_input':
    case 'call.menu_choice':
    case 'call.queued':
    case 'call.dequeued':
    case 'call.recording_started':
    case 'call.recording_stopped':
    case 'call.ended':
      return [['call', event.callId]];
    case 'call.charged':
      return [
        ['call', event.callId],
        ['workspace', ''],
      ];
    case 'call.filed':
      return [
        ['call', event.callId],
        ['contact', event.contactId],
      ];
    case 'voicemail.heard':
      return [['number', event.numberId]];
    case 'timer.set':
    case 'timer.cleared':
    case 'call.rng_advanced':
      return [];
    case 'sip.trunk_configured':
      return [['workspace', '']];
    case 'sip.account_set':
    case 'sip.account_removed':
    case 'sip.device_registered':
    case 'sip.devices_gone':
      return [['user', event.userId]];
    case 'workflow.draft_saved':
    case 'workflow.published':
    case 'workflow.enabled_set':
    case 'workflow.removed':
      return [['workflow', event.workflowId]];
    case 'workflow.run_started':
    case 'workflow.step_entered':
    case 'workflow.branch_taken':
    case 'workflow.step_result':
    case 'workflow.run_finished':
      // A run's log is on its workflow, its conversation, and the missed call that started it.
      return [
        ...('conversationId' in event ? [['conversation', event.conversationId] as [string, string]] : []),
        ...('callId' in event ? [['call', event.callId] as [string, string]] : []),
        ['workflow', event.workflowId],
      ];
    case 'chat.department_configured':
      return [['department', event.departmentId]];
    case 'conversation.opened':
      return event.contact.contactId
        ? [
            ['conversation', event.conversationId],
            ['contact', event.contact.contactId],
          ]
        : [['conversation', event.conversationId]];
    case 'conversation.assigned':
    case 'conversation.unassigned':
    case 'conversation.pending':
      return [
        ['conversation', event.conversationId],
        ['user', event.userId],
      ];
    case 'conversation.message_received':
    case 'conversation.reply_sent':
    case 'conversation.note_added':
    case 'conversation.routed':
    case 'conversation.queued':
    case 'conversation.transferred':
    case 'conversation.held':
    case 'conversation.resumed':
    case 'conversation.resolved':
      return [['conversation', event.conversationId]];
    case 'routing_rules.saved':
      return [[event.target.kind, event.target.id]];
    case 'routing.relaxed':
      return 'callId' in event ? [['call', event.callId]] : [['conversation', event.conversationId]];
    case 'wrap_up.started':
    case 'wrap_up.extended':
    case 'wrap_up.ended':
      return [['user', event.userId]];
    default:
      return [...callbackEntities(event), ...supervisionEntities(event)];
  }
}

function callChange(stored: StoredEvent): ProjectionChange | undefined {
  const { event, at, workspaceId } = stored;
  switch (event.type) {
    case 'call.received':
      return {
        kind: 'call',
        callId: event.callId,
        fields: {
          id: event.callId,
          workspaceId,
          direction: 'inbound',
          numberId: event.numberId,
          from: event.from,
          to: event.to,
          contactId: event.contactId,
          status: 'ringing',
          startedAt: at,
        },
      };
    case 'call.placed':
      return {
        kind: 'call',
        callId: event.callId,
        fields: {
          id: event.callId,
          workspaceId,
          direction: 'outbound',
          numberId: event.numberId,
          from: event.from,
          to: event.to,
          agentId: event.userId,
          status: 'ringing',
          startedAt: at,
        },
      };
    case 'call.leg_answered':
      if (!event.userId)
        return { kind: 'call', callId: event.callId, fields: { status: 'connected', answeredAt: at } };
      return {
        kind: 'call',
        callId: event.callId,
        fields: { agentId: event.userId, status: 'connected', answeredAt: at },
      };
    case 'call.filed':
      return event.responsibleUserId
        ? { kind: 'call', callId: event.callId, fields: { agentId: event.responsibleUserId } }
        : undefined;
    case 'call.ended':
      return {
        kind: 'call',
        callId: event.callId,
        fields: { status: 'ended', outcome: event.outcome, endedAt: at },
      };
    default:
      return undefined;
  }
}

/** Who took part in a call, for an agent's own call list (calls they missed or passed on too). */
function participantChange(stored: StoredEvent): ProjectionChange | undefined {
  const { event, at } = stored;
  switch (event.type) {
    case 'call.leg_ringing':
      return event.userId
        ? { kind: 'participant', callId: event.callId, userId: event.userId, role: 'offered', at }
        : undefined;
    case 'call.leg_answered':
      return event.userId
        ? { kind: 'participant', callId: event.callId, userId: event.userId, role: 'answered', at }
        : undefined;
    case 'call.placed':
      return { kind: 'participant', callId: event.callId, userId: event.userId, role: 'placed', at };
    case 'call.transfer_started':
      return {
        kind: 'participant.transfer_started',
        callId: event.callId,
        userId: event.initiatorId,
        transferId: event.transferId,
        at,
      };
    case 'call.transfer_completed':
      return { kind: 'participant.transferred', callId: event.callId, transferId: event.transferId, at };
    default:
      return undefined;
  }
}

/** V8 voicemails and V2 recordings, listed for playback. */
function mediaChange(stored: StoredEvent): ProjectionChange | undefined {
  const { event, at, workspaceId } = stored;
  if (event.type === 'call.voicemail_left' || event.type === 'call.recording_stopped') {
    const voicemail = event.type === 'call.voicemail_left';
    return {
      kind: 'media.add',
      media: {
        id: voicemail ? event.voicemailId : event.recordingId,
        workspaceId,
        kind: voicemail ? 'voicemail' : 'recording',
        callId: event.callId,
        numberId: event.numberId,
        from: event.from,
        durationMs: event.durationMs,
        createdAt: at,
      },
    };
  }
  if (event.type === 'voicemail.heard')
    return { kind: 'media.heard', mediaId: event.voicemailId, at, userId: event.userId };
  return undefined;
}

export function projectionOf(stored: StoredEvent): ProjectionChange[] {
  const changes: ProjectionChange[] = entitiesOf(stored.event).map(([entityType, entityId]) => ({
    kind: 'history',
    entityType,
    entityId,
  }));
  const call = callChange(stored);
  if (call) changes.push(call);
  const participant = participantChange(stored);
  if (participant) changes.push(participant);
  const { event } = stored;
  if (event.type === 'user.created')
    changes.push({
      kind: 'directory.put',
      userId: event.user.id,
      email: event.user.email,
      name: event.user.name,
    });
  if (event.type === 'user.updated' && (event.changes.email || event.changes.name))
    changes.push({
      kind: 'directory.put',
      userId: event.userId,
      email: event.changes.email,
      name: event.changes.name,
    });
  if (event.type === 'user.removed') changes.push({ kind: 'directory.delete', userId: event.userId });
  const media = mediaChange(stored);
  if (media) changes.push(media);
  if (event.type.startsWith('conversation.')) changes.push(...conversationChanges(stored));
  return changes;
}
