import { type TObject, type TProperties, Type } from 'typebox';
import {
  BillingSchema,
  CallActionSchema,
  GroupSchema,
  IvrActionSchema,
  IvrMenuSchema,
  MissedOfferPolicySchema,
  Nullable,
  NumberSettingsSchema,
  RoutingRuleSchema,
  TrunkSchema,
  WebhookSchema,
  WorkspaceSchema,
} from './configuration.ts';
import { ContactSchema, DepartmentSchema, NumberSchema, UserSchema } from './resources.ts';
import { WorkflowDefinitionSchema } from './workflows.ts';

/**
 * V18, issue 17: the JSON schema of each history entry's `data`, field by field, as the
 * catalog (history-entries.ts) publishes it at its version. Plain TypeBox, so the OpenAPI
 * document, the console's generated types and the server's serializer all read the same
 * shape; history.ts checks at compile time that every schema has exactly its type's
 * published fields and admits every value the engine's event gives them.
 *
 * Times inside `data` are the engine's epoch milliseconds (the entry's `at` is ISO).
 * A configuration snapshot (a user, a menu, a number's settings …) is the schema its GET
 * route answers with (configuration.ts, resources.ts), closed to other fields so nothing
 * undocumented (a secret, the engine's counters) passes unseen: a history shows what was
 * saved. A change is a partial of it. Secrets never reach them: a webhook's signing secret
 * and a trunk's password are kept by the store, never in an event.
 */

const object = <P extends TProperties>(properties: P) =>
  Type.Object(properties, { additionalProperties: false });
const data = object;
const opt = Type.Optional;

const Id = Type.String();
const Text = Type.String();
const E164 = Type.String({ description: 'E.164, e.g. +34911234567' });
const EpochMs = Type.Number({ description: 'Epoch milliseconds' });
const Count = Type.Integer({ minimum: 0 });
const Position = Type.Integer({ minimum: 0, description: 'Position in a queue or a rotation' });
const Code = (description: string) => Type.String({ description });
/** A resource as its GET route answers it, closed: a field it does not document is not one. */
const saved = <P extends TProperties>(schema: TObject<P>) => object(schema.properties);
const changed = <P extends TProperties>(properties: P) => Type.Partial(object(properties));

/** A user as created: what an admin sets, not the engine's counters and presence bookkeeping. */
const { id, name, email, role, extension, mobile, capacity, skills } = UserSchema.properties;
const SavedUser = object({ id, name, email, role, extension, mobile, capacity, skills: opt(skills) });
/** The fields of a created user a history shows (history.ts keeps only these). */
export const savedUserFields = Object.keys(SavedUser.properties);

const workspace = WorkspaceSchema.properties;
const rule = RoutingRuleSchema.properties;

const callId = Id;
const conversationId = Id;
const callbackId = Id;
const legId = Id;
const userId = Id;

const Pool = Type.Union([
  object({ kind: Type.Literal('number'), id: Id }),
  object({ kind: Type.Literal('group'), id: Id }),
  object({
    kind: Type.Literal('user'),
    id: Id,
    why: Type.Enum(['extension', 'owner', 'transfer_return', 'supervisor']),
  }),
]);

const Candidate = object({
  userId: Id,
  offered: Type.Boolean(),
  reason: Code('Why they were or were not offered it, in English (available, busy, offline …)'),
});
const EffectiveSkill = object({ skill: Text, minLevel: Type.Integer() });
const RelaxedSkill = object({ skill: Text, from: Type.Integer(), to: Type.Integer() });
const Skills = object({
  required: Type.Array(EffectiveSkill),
  relaxed: opt(Type.Array(RelaxedSkill)),
  unqualified: Count,
});
const Offering = object({
  pool: Pool,
  strategy: Code('The pool’s strategy'),
  tried: Type.Array(Id, { description: 'The users already rung for it' }),
  ringAll: Type.Boolean(),
  ringTimeoutMs: Count,
});
const Playback = object({
  media: Type.Enum([
    'welcome',
    'message',
    'busy_tone',
    'ring_free_tone',
    'voicemail_greeting',
    'menu_prompt',
    'voicedrop',
  ]),
  after: Type.Enum(['route', 'hang_up', 'record_voicemail', 'await_digits']),
});
const CallTransferTarget = Type.Union([
  object({
    kind: Type.Literal('user'),
    userId: Id,
    via: opt(object({ kind: Type.Enum(['group', 'department']), id: Id })),
  }),
  object({ kind: Type.Literal('external'), number: E164 }),
]);
const SupervisorTarget = Type.Union([
  object({ kind: Type.Literal('user'), userId: Id }),
  object({ kind: Type.Literal('group'), groupId: Id }),
  object({ kind: Type.Literal('department'), departmentId: Id }),
  object({ kind: Type.Literal('external'), number: Type.String() }),
]);
const ChatTransferTarget = Type.Union([
  object({ kind: Type.Literal('department'), departmentId: Id }),
  object({ kind: Type.Literal('agent'), userId: Id }),
]);
const KeyActor = Type.Union([
  object({ kind: Type.Literal('admin') }),
  object({ kind: Type.Literal('api_key'), keyId: Id }),
]);
const ChatContact = object({
  address: Type.String({ description: 'The contact’s address on the channel (visitor id, phone number …)' }),
  name: opt(Text),
  email: opt(Text),
  contactId: opt(Id),
});
const Params = Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]));
const StepOutcome = object({
  code: Code('What the step did, as a code the console words'),
  params: opt(Params),
  reason: opt(object({ code: Type.String(), params: opt(Params) })),
});
const MissedCall = object({
  callId: Id,
  numberId: Id,
  from: E164,
  contactId: opt(Id),
  outcome: Type.Enum(['missed', 'abandoned', 'no_agent', 'out_of_hours', 'voicemail']),
});
const MonitorMode = Type.Enum(['listen', 'whisper', 'barge']);
const Presence = Type.Enum(['online', 'pre_pause', 'pause', 'offline']);
const Channel = Type.Enum(['voice', 'chat']);
const Plan = Code('The workspace’s plan');
const Run = { runId: Id, workflowId: Id, conversationId: opt(conversationId), callId: opt(callId) };

export const historyEntryData = {
  'billing.updated': data({ billing: saved(BillingSchema), topUpCents: opt(Count) }),
  'call.action_taken': data({
    callId,
    action: CallActionSchema,
    reason: Code('out_of_hours, offline, no_answer …'),
  }),
  'call.awaiting_input': data({ callId, menuId: Id, untilAt: EpochMs }),
  'call.charged': data({ callId, legId, to: E164, amountCents: Count, connectedMs: Count }),
  'call.dequeued': data({ callId, reason: Type.Enum(['offered', 'max_wait', 'left']) }),
  'call.dtmf_received': data({ callId, digits: Text }),
  'call.ended': data({
    callId,
    outcome: Code('answered, missed, abandoned, no_agent, voicemail …'),
    endedBy: Type.Enum(['customer', 'agent', 'system']),
  }),
  'call.filed': data({ callId, contactId: Id, responsibleUserId: opt(Id) }),
  'call.forward_refused': data({ callId, to: E164, reason: Text }),
  'call.held': data({ callId, userId }),
  'call.leg_answered': data({ callId, legId, userId: opt(userId) }),
  'call.leg_ended': data({
    callId,
    legId,
    userId: opt(userId),
    reason: Code('answered_elsewhere, rejected, no_answer, hung_up, call_ended …'),
  }),
  'call.leg_ringing': data({
    callId,
    legId,
    userId: opt(Type.String({ description: 'Absent on an external leg, which rings `number`' })),
    number: opt(E164),
    presentedNumber: opt(E164),
    transfer: opt(object({ transferId: Id, fromUserId: Id, note: opt(Text) })),
    position: opt(Position),
  }),
  'call.menu_choice': data({
    callId,
    menuId: Id,
    input: Type.Union([Type.String(), Type.Null()]),
    action: IvrActionSchema,
    reason: Type.Enum(['option', 'no_input', 'invalid_input']),
  }),
  'call.menu_entered': data({ callId, menuId: Id, repeats: Count }),
  'call.monitor_changed': data({ callId, legId, userId, mode: MonitorMode }),
  'call.monitor_followed': data({ callId, legId, userId, mode: MonitorMode, agentIds: Type.Array(Id) }),
  'call.monitor_joined': data({ callId, legId, userId, mode: MonitorMode }),
  'call.monitor_ringing': data({ callId, legId, userId, mode: MonitorMode }),
  'call.offer_skipped': data({ callId, userId, reason: Text }),
  'call.placed': data({
    callId,
    numberId: Id,
    from: E164,
    to: E164,
    userId,
    agentLegId: Id,
    customerLegId: Id,
  }),
  'call.playing': data({ callId, playback: Playback, text: opt(Text), untilAt: EpochMs }),
  'call.quality_recorded': data({
    callId,
    legId,
    userId: opt(userId),
    jitterMs: Type.Number(),
    lossPercent: Type.Number(),
    rttMs: opt(Type.Number()),
    mos: Type.Number(),
  }),
  'call.queued': data({ callId, pool: Pool, position: Position }),
  'call.received': data({
    callId,
    numberId: Id,
    from: E164,
    to: E164,
    contactId: opt(Id),
    customerLegId: Id,
  }),
  'call.recording_started': data({ callId, recordingId: Id }),
  'call.recording_stopped': data({ callId, recordingId: Id, durationMs: Count, numberId: Id, from: E164 }),
  'call.resumed': data({ callId, userId }),
  'call.routed': data({
    callId,
    pool: Pool,
    strategy: Code('The pool’s strategy'),
    poolSize: Count,
    candidates: Type.Array(Candidate, { description: 'In the strategy’s order' }),
    unlisted: opt(Count),
    offering: opt(Offering),
    skills: opt(Skills),
  }),
  'call.supervisor_action': data({
    callId,
    userId,
    action: Type.Literal('transfer'),
    agentId: opt(Id),
    target: SupervisorTarget,
  }),
  'call.telephony_lost': data({ callId, reason: Text }),
  'call.transfer_became_direct': data({ callId, transferId: Id }),
  'call.transfer_cancelled': data({
    callId,
    transferId: Id,
    reason: Type.Enum(['initiator', 'customer_hung_up', 'target_hung_up']),
  }),
  'call.transfer_completed': data({ callId, transferId: Id, userId: opt(userId) }),
  'call.transfer_conference_started': data({ callId, transferId: Id }),
  'call.transfer_consulting': data({ callId, transferId: Id }),
  'call.transfer_failed': data({
    callId,
    transferId: Id,
    reason: Type.Enum(['declined', 'no_answer']),
    returnTo: Type.Enum(['initiator', 'fallback']),
  }),
  'call.transfer_started': data({
    callId,
    transferId: Id,
    initiatorId: Id,
    target: CallTransferTarget,
    method: Type.Enum(['direct', 'assisted']),
    note: opt(Text),
    targetLegId: Id,
  }),
  'call.voicedrop': data({ callId, userId: opt(userId) }),
  'call.voicemail_left': data({ callId, voicemailId: Id, numberId: Id, from: E164, durationMs: Count }),
  'call.voicemail_recording': data({ callId, voicemailId: Id }),
  'callback.connected': data({ callbackId, callId, userId: opt(userId) }),
  'callback.dialing': data({ callbackId, userId, callId, attempt: Count }),
  'callback.entering': data({ callId, digits: Text }),
  'callback.finished': data({
    callbackId,
    outcome: Type.Enum(['answered', 'no_answer', 'abandoned']),
    userId: opt(userId),
    reason: opt(Type.Literal('number_removed')),
  }),
  'callback.offered': data({ callbackId, userId, mode: Type.Enum(['agent_first', 'auto']) }),
  'callback.prompted': data({ callId, key: Text, text: Text }),
  'callback.requested': data({
    callbackId,
    callId,
    numberId: Id,
    pool: Pool,
    to: E164,
    queuedAt: EpochMs,
    typed: Type.Boolean(),
  }),
  'callback.requeued': data({ callbackId }),
  'callback.retry_scheduled': data({ callbackId, at: EpochMs, attempt: Count }),
  'callback.returned': data({
    callbackId,
    userId,
    reason: Type.Enum(['declined', 'no_response', 'agent_unavailable']),
  }),
  'chat.department_configured': data({
    departmentId: Id,
    settings: object({
      strategy: Type.Enum(['least_busy', 'round_robin', 'manual']),
      onAgentOffline: Type.Enum(['keep', 'requeue', 'reassign']),
    }),
  }),
  'contact.created': data({ contact: saved(ContactSchema) }),
  'contact.removed': data({ contactId: Id }),
  'contact.updated': data({ contact: saved(ContactSchema) }),
  'conversation.assigned': data({
    conversationId,
    userId,
    by: Type.Enum(['routing', 'pull', 'transfer', 'supervisor', 'reassign']),
    position: opt(Position),
  }),
  'conversation.held': data({ conversationId, userId: opt(userId) }),
  'conversation.message_received': data({ conversationId, messageId: Id, text: Text }),
  'conversation.note_added': data({
    conversationId,
    noteId: Id,
    userId: opt(userId),
    text: Text,
    kind: Type.Enum(['note', 'transfer_reason']),
  }),
  'conversation.opened': data({
    conversationId,
    channel: Text,
    contact: ChatContact,
    departmentId: opt(Id),
    reopened: opt(Type.Boolean()),
  }),
  'conversation.pending': data({ conversationId, userId }),
  'conversation.queued': data({ conversationId, departmentId: Id, position: Position }),
  'conversation.reply_sent': data({ conversationId, messageId: Id, userId, text: Text }),
  'conversation.resolved': data({ conversationId, userId: opt(userId), assigneeId: opt(Id) }),
  'conversation.resumed': data({ conversationId, userId: opt(userId) }),
  'conversation.routed': data({
    conversationId,
    departmentId: Id,
    strategy: Code('The department’s strategy'),
    candidates: Type.Array(Candidate, { description: 'In the strategy’s order' }),
    unlisted: opt(Count),
    skills: opt(Skills),
  }),
  'conversation.transferred': data({
    conversationId,
    fromUserId: opt(Id),
    by: opt(Type.String({ description: 'The user who made it: the agent, or a supervisor' })),
    byKey: opt(KeyActor),
    to: ChatTransferTarget,
    reason: opt(Text),
  }),
  'conversation.unassigned': data({
    conversationId,
    userId,
    reason: Type.Enum(['transfer', 'agent_offline']),
  }),
  'department.created': data({
    department: object({
      id: DepartmentSchema.properties.id,
      name: DepartmentSchema.properties.name,
      memberIds: DepartmentSchema.properties.memberIds,
    }),
  }),
  'department.removed': data({ departmentId: Id }),
  'department.updated': data({ departmentId: Id, name: opt(Text), memberIds: opt(Type.Array(Id)) }),
  'group.removed': data({ groupId: Id }),
  'group.saved': data({ group: saved(GroupSchema) }),
  'ivr_menu.removed': data({ menuId: Id }),
  'ivr_menu.saved': data({ menu: saved(IvrMenuSchema) }),
  'number.added': data({
    number: object({ ...NumberSchema.properties, settings: saved(NumberSettingsSchema) }),
  }),
  'number.configured': data({ numberId: Id, settings: saved(NumberSettingsSchema) }),
  'number.removed': data({ numberId: Id }),
  'number.updated': data({
    numberId: Id,
    changes: object({
      label: opt(Text),
      kind: opt(Code('rented or sip')),
      assignedUserIds: opt(Type.Array(Id)),
    }),
  }),
  'presence.changed': data({
    userId,
    from: Presence,
    to: Presence,
    reason: Type.Enum(['requested', 'last_session_ended', 'missed_offers']),
  }),
  'routing.relaxed': data({
    callId: opt(callId),
    conversationId: opt(conversationId),
    required: Type.Array(EffectiveSkill),
    relaxed: Type.Array(RelaxedSkill),
  }),
  'routing_rules.saved': data({
    target: object({ kind: rule.kind, id: rule.id }),
    rule: object({ skills: rule.skills, wrapUpSec: rule.wrapUpSec }),
  }),
  'sip.account_removed': data({ userId }),
  'sip.account_set': data({ userId, username: Text }),
  'sip.device_registered': data({ userId }),
  'sip.devices_gone': data({ userId }),
  'sip.trunk_configured': data({ trunk: Nullable(TrunkSchema) }),
  'user.created': data({ user: SavedUser, departmentIds: Type.Array(Id), numberIds: Type.Array(Id) }),
  'user.removed': data({ userId }),
  'user.updated': data({
    userId,
    changes: changed({
      name,
      email,
      role,
      capacity,
      skills,
      extension: Nullable(Text),
      mobile: Nullable(Text),
    }),
    departmentIds: opt(Type.Array(Id)),
  }),
  'voicemail.heard': data({ voicemailId: Id, numberId: Id, userId: opt(userId) }),
  'webhook.created': data({ webhook: saved(WebhookSchema) }),
  'webhook.removed': data({ webhookId: Id }),
  'webhook.updated': data({
    webhookId: Id,
    url: opt(Text),
    events: opt(Type.Array(Text)),
    enabled: opt(Type.Boolean()),
    description: opt(Text),
  }),
  'workflow.branch_taken': data({ ...Run, stepId: Id, path: Type.Enum(['onTrue', 'onFalse']), why: Text }),
  'workflow.draft_saved': data({ workflowId: Id, name: Text, definition: WorkflowDefinitionSchema }),
  'workflow.enabled_set': data({ workflowId: Id, enabled: Type.Boolean() }),
  'workflow.published': data({
    workflowId: Id,
    version: Type.Integer({ minimum: 1 }),
    definition: WorkflowDefinitionSchema,
  }),
  'workflow.removed': data({ workflowId: Id }),
  'workflow.run_finished': data({
    ...Run,
    reason: Type.Enum(['end', 'conversation_resolved', 'no_conversation', 'workflow_removed']),
  }),
  'workflow.run_started': data({
    ...Run,
    version: Type.Integer({ minimum: 1 }),
    stepId: Id,
    call: opt(MissedCall),
    contact: opt(ChatContact),
  }),
  'workflow.step_entered': data({ ...Run, stepId: Id, kind: Code('The step’s kind') }),
  'workflow.step_result': data({
    ...Run,
    stepId: Id,
    result: Type.String({ description: 'What the step did, in English' }),
    outcome: opt(StepOutcome),
    previousAssigneeId: opt(Id),
    rotation: opt(object({ key: Text, position: Position })),
    linkedConversationId: opt(Id),
  }),
  'workspace.created': data({ name: Text, plan: Plan, timeZone: Text, defaultCountry: opt(Text) }),
  'workspace.updated': data({
    changes: changed({
      name: workspace.name,
      plan: workspace.plan,
      timeZone: workspace.timeZone,
      defaultCountry: Nullable(Text),
      missedOfferPolicy: Nullable(MissedOfferPolicySchema),
      webchatOrigins: Nullable(workspace.webchatOrigins),
    }),
  }),
  'wrap_up.ended': data({ userId, channel: Channel, reason: Type.Enum(['elapsed', 'ended_early']) }),
  'wrap_up.extended': data({ userId, channel: Channel, until: EpochMs }),
  'wrap_up.started': data({
    userId,
    channel: Channel,
    seconds: Count,
    until: EpochMs,
    source: Type.Union([
      object({ kind: Type.Literal('call'), callId }),
      object({ kind: Type.Literal('conversation'), conversationId }),
    ]),
  }),
};
