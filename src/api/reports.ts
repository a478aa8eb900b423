import { type Static, type TProperties, Type } from 'typebox';

/**
 * I3: the rows of each report, one schema per report. The JSON answer is `{ items: rows }`;
 * the CSV has one column per property, in this order (src/integrations/reports writes both
 * and types its rows with these, so a column and its schema cannot part ways). A field with
 * no value is absent from JSON and empty in CSV.
 */

const row = <P extends TProperties>(properties: P) =>
  Type.Object(properties, { additionalProperties: false });
const opt = Type.Optional;
const Id = Type.String();
const At = Type.String({ format: 'date-time' });
const Count = Type.Integer({ minimum: 0 });
const Seconds = Type.Integer({ minimum: 0, description: 'Whole seconds' });
const Ids = Type.String({ description: 'Ids separated by spaces' });
const IntervalStart = Type.String({
  format: 'date-time',
  description: 'The 30-minute interval’s start (UTC)',
});

export const CallsReportRowSchema = row({
  callId: Id,
  direction: Type.Enum(['inbound', 'outbound']),
  startedAt: At,
  answeredAt: opt(At),
  endedAt: opt(At),
  numberId: Id,
  from: Type.String(),
  to: Type.String(),
  contactId: opt(Id),
  status: Type.String({ description: 'ringing, connected or ended' }),
  outcome: opt(Type.String({ description: 'answered, missed, abandoned, no_agent, voicemail, callback …' })),
  waitSeconds: opt(Seconds),
  talkSeconds: opt(Seconds),
  answeredBy: opt(Id),
  transfers: Count,
  recordings: opt(Ids),
  callbackId: opt(Id),
});

export const ConversationsReportRowSchema = row({
  conversationId: Id,
  channel: Type.String(),
  contactAddress: Type.String(),
  contactName: opt(Type.String()),
  contactId: opt(Id),
  departmentId: opt(Id),
  assigneeId: opt(Id),
  status: Type.String({ description: 'queued, assigned, pending, on_hold or resolved' }),
  openedAt: At,
  resolvedAt: opt(At),
  resolvedBy: opt(Id),
  lastTransferFrom: opt(Id),
  lastTransferReason: opt(Type.String()),
});

export const AgentsReportRowSchema = row({
  userId: Id,
  intervalStart: IntervalStart,
  offered: Count,
  answered: Count,
  missed: Count,
  talkSeconds: Seconds,
  onlineSeconds: Seconds,
  pre_pauseSeconds: Seconds,
  pauseSeconds: Seconds,
  offlineSeconds: Seconds,
  wrapUpSeconds: Seconds,
  chatWrapUpSeconds: Seconds,
  callbacksOffered: Count,
  callbacksAccepted: Count,
  callbacksPlaced: Count,
});

export const ServiceLevelReportRowSchema = row({
  intervalStart: IntervalStart,
  offered: Count,
  answered: Count,
  answeredWithinTarget: Count,
  abandoned: Count,
  callbacks: Type.Integer({
    minimum: 0,
    description: 'R3: callers who left the queue for a callback: neither answered nor lost, not in offered',
  }),
  serviceLevelPercent: opt(
    Type.Number({ description: 'Answered within target of offered; absent when the interval offered none' }),
  ),
  averageWaitSeconds: opt(Type.Number({ description: 'Of the answered calls; absent when none was' })),
});

export const CallbacksReportRowSchema = row({
  callbackId: Id,
  callId: Id,
  numberId: Id,
  to: Type.String(),
  queuedAt: At,
  requestedAt: At,
  finishedAt: opt(At),
  status: opt(Type.String({ description: 'Where an unfinished callback stands' })),
  outcome: opt(Type.String({ description: 'answered, no_answer, abandoned, cancelled …' })),
  reason: opt(Type.String()),
  offers: Count,
  attempts: Count,
  answeredBy: opt(Id),
  cancelledBy: opt(Id),
  waitSeconds: opt(Seconds),
  placedCalls: opt(Ids),
});

export const reportRowSchemas = {
  calls: CallsReportRowSchema,
  conversations: ConversationsReportRowSchema,
  agents: AgentsReportRowSchema,
  'service-level': ServiceLevelReportRowSchema,
  callbacks: CallbacksReportRowSchema,
} as const;
export type ReportName = keyof typeof reportRowSchemas;
export const reportNames = Object.keys(reportRowSchemas) as ReportName[];

export type CallsReportRow = Static<typeof CallsReportRowSchema>;
export type ConversationsReportRow = Static<typeof ConversationsReportRowSchema>;
export type AgentsReportRow = Static<typeof AgentsReportRowSchema>;
export type ServiceLevelReportRow = Static<typeof ServiceLevelReportRowSchema>;
export type CallbacksReportRow = Static<typeof CallbacksReportRowSchema>;

/** A report's columns, in order: its schema's properties (the CSV header). */
export const reportColumns = <N extends ReportName>(name: N) =>
  Object.keys(reportRowSchemas[name].properties) as (keyof Static<(typeof reportRowSchemas)[N]> & string)[];
