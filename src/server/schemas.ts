import { type Static, Type } from 'typebox';
import { Id } from '../api/configuration.ts';

/** Schemas shared by routes: they validate requests and document the API (OpenAPI). */
export {
  BillingSchema,
  Id,
  MissedOfferPolicySchema,
  Nullable,
  PlanSchema,
  WorkspaceSchema,
} from '../api/configuration.ts';
export {
  CapacitySchema,
  ContactSchema,
  DepartmentSchema,
  NumberKindSchema,
  NumberSchema,
  PresenceSchema,
  RoleSchema,
  SkillRequirementSchema,
  SkillSchema,
  UserSchema,
} from '../api/resources.ts';

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      field: Type.Optional(Type.String()),
      requestId: Type.Optional(
        Type.String({ description: 'On 500 only: quote it when reporting; the server log has the details' }),
      ),
    }),
  },
  {
    $id: 'Error',
    description: 'Every error: a code, a message for people, and the field at fault when there is one.',
  },
);

export const WorkspaceParams = Type.Object({ workspaceId: Id });
export type WorkspaceParams = Static<typeof WorkspaceParams>;

/** Standard error responses, so every route documents them. */
export const errors = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
};

export const iso = (ms: number) => new Date(ms).toISOString();

/** Every outcome a call can end with; the query filter accepts exactly these. */
export const callOutcomes = [
  'answered',
  'missed',
  'abandoned',
  'no_agent',
  'voicemail',
  'rejected',
  'forwarded',
  'callback',
] as const;
export const CallOutcomeSchema = Type.Enum([...callOutcomes]);

export const CallSchema = Type.Object({
  id: Type.String(),
  direction: Type.Enum(['inbound', 'outbound']),
  numberId: Type.String(),
  from: Type.String(),
  to: Type.String(),
  contactId: Type.Optional(Type.String()),
  agentId: Type.Optional(Type.String({ description: 'The user who answered' })),
  status: Type.Enum(['ringing', 'connected', 'ended']),
  outcome: Type.Optional(Type.String()),
  startedAt: Type.String({ format: 'date-time' }),
  answeredAt: Type.Optional(Type.String({ format: 'date-time' })),
  endedAt: Type.Optional(Type.String({ format: 'date-time' })),
  participation: Type.Optional(
    Type.Object(
      {
        userId: Type.String(),
        offeredAt: Type.Optional(Type.String({ format: 'date-time', description: 'First rang them' })),
        answeredAt: Type.Optional(Type.String({ format: 'date-time', description: 'They answered' })),
        placedAt: Type.Optional(
          Type.String({ format: 'date-time', description: 'They placed it (outbound)' }),
        ),
        transferredAt: Type.Optional(
          Type.String({ format: 'date-time', description: 'A transfer they started completed' }),
        ),
      },
      {
        description:
          'With ?participant: how that user took part. Rang but no answeredAt: missed by them; transferredAt: passed on by them',
      },
    ),
  ),
});

export const LegSchema = Type.Object({
  id: Type.String(),
  party: Type.Enum(['customer', 'agent', 'external']),
  userId: Type.Optional(Type.String()),
  number: Type.Optional(Type.String()),
  status: Type.Enum(['ringing', 'connected', 'ended']),
  startedAt: Type.String({ format: 'date-time' }),
});

export const LiveCallSchema = Type.Object({
  phase: Type.String({
    description: 'Where the call is now: playing, ringing, connected, voicemail, forwarding',
  }),
  startedAt: Type.String({ format: 'date-time' }),
  answeredAt: Type.Optional(Type.String({ format: 'date-time' })),
  agentId: Type.Optional(Type.String()),
  legs: Type.Array(LegSchema),
  held: Type.Optional(
    Type.Boolean({ description: 'The caller hears hold music (seed 000: transfer starts here)' }),
  ),
  transfer: Type.Optional(
    Type.Object(
      {
        id: Type.String(),
        initiatorId: Type.String(),
        method: Type.Enum(['direct', 'assisted']),
        state: Type.String({ description: 'ringing_target, consulting or conference' }),
        target: Type.Object({
          kind: Type.Enum(['user', 'external']),
          userId: Type.Optional(Type.String()),
          number: Type.Optional(Type.String()),
        }),
        note: Type.Optional(Type.String()),
        targetLegId: Type.String(),
        startedAt: Type.String({ format: 'date-time' }),
      },
      { description: 'The transfer in progress (T1–T4), so a softphone can show the consult after a reload' },
    ),
  ),
});

export const historyEntityTypes = [
  'workspace',
  'user',
  'department',
  'webhook',
  'number',
  'contact',
  'call',
  'group',
  'ivr_menu',
  'conversation',
  'workflow',
  'callback',
] as const;
export const HistoryEntityTypeSchema = Type.Enum([...historyEntityTypes]);

/**
 * For reads that take no query: anything is a mistake worth reporting. The bearer token never
 * travels in a REST query (issue 12 item 10): only a WebSocket upgrade may carry `?token=`.
 */
export const NoQuery = Type.Object({}, { additionalProperties: false });
