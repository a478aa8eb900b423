import { type Static, type TSchema, Type } from 'typebox';
import { plans } from '../domain/plan.ts';
import { SkillRequirementSchema } from './resources.ts';

/**
 * A workspace's configuration as its routes answer it: the workspace, billing, a number's
 * settings, groups, IVR menus, routing rules, the SIP trunk and webhooks. One TypeBox schema
 * each: the routes validate and serialise with them, and a history documents what was saved
 * with them (history-entry-data.ts). Plain TypeBox, no Node or engine imports, so the console
 * may import this file; configuration.contract.ts checks the engine's types against it.
 */

/** An id given from outside (a path segment, a body field). */
export const Id = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });
/** Null first: with type coercion on, a null would otherwise be coerced into the first type (null → ""). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

/** V5: how a number or group chooses among its available agents (the engine's routing/strategy.ts). */
export const strategyNames = [
  'random',
  'longest_idle',
  'simultaneous',
  'round_robin',
  'least_busy',
  'sequential',
] as const;
export const StrategySchema = Type.Enum([...strategyNames]);

export const PlanSchema = Type.Enum([...plans]);

/** After `after` consecutive missed offers an agent moves to `presence`. */
export const MissedOfferPolicySchema = Type.Object(
  {
    after: Type.Integer({ minimum: 1, maximum: 100 }),
    presence: Type.Enum(['pre_pause', 'pause', 'offline']),
  },
  {
    additionalProperties: false,
    description: 'After N consecutive missed offers an agent moves to this presence',
  },
);

export const WorkspaceSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  plan: PlanSchema,
  timeZone: Type.String(),
  defaultCountry: Type.Optional(Type.String()),
  missedOfferPolicy: Type.Optional(MissedOfferPolicySchema),
  webchatOrigins: Type.Array(Type.String(), {
    description: 'Sites allowed to embed the web-chat widget; empty: any site',
  }),
  createdAt: Type.String({ format: 'date-time' }),
});

export const BillingSchema = Type.Object({
  balanceCents: Type.Integer({ description: 'W7: telephony balance that rented numbers spend' }),
  currency: Type.String({ description: 'ISO 4217' }),
  sipLicence: Type.Boolean({ description: 'W7: sip numbers need an active SIP-connector licence' }),
});

const Text = Type.String({ maxLength: 2000 });

export const callActionKindNames = [
  'ring_free',
  'busy',
  'hang_up',
  'message',
  'voicemail',
  'forward',
] as const;
export const CallActionSchema = Type.Object(
  {
    kind: Type.Enum([...callActionKindNames]),
    message: Type.Optional(Text),
    greeting: Type.Optional(Text),
    to: Type.Optional(Type.String({ maxLength: 40, description: 'E.164, for forward' })),
  },
  { additionalProperties: false, description: 'V6: ring_free, busy, hang_up, message, voicemail or forward' },
);

const weekdayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const Interval = Type.Object({ start: Type.String(), end: Type.String() }, { additionalProperties: false });

export const WorkingHoursSchema = Type.Object(
  {
    timeZone: Type.String({ maxLength: 64 }),
    weekly: Type.Partial(
      Type.Object(
        Object.fromEntries(weekdayNames.map((day) => [day, Type.Array(Interval, { maxItems: 12 })])),
      ),
      {
        additionalProperties: false,
      },
    ),
    holidays: Type.Array(Type.String({ maxLength: 10 }), { maxItems: 400 }),
    holidayNames: Type.Optional(
      Type.Record(Type.String({ maxLength: 10 }), Type.String({ maxLength: 100 }), {
        description: 'What each holiday is called, keyed by its entry in holidays',
      }),
    ),
    closures: Type.Array(
      Type.Object({ from: Type.String(), to: Type.String() }, { additionalProperties: false }),
      { maxItems: 400 },
    ),
  },
  {
    additionalProperties: false,
    description: 'V3: wall-clock hours in the time zone; holidays YYYY-MM-DD or MM-DD',
  },
);

export const NumberRouteSchema = Type.Object(
  {
    kind: Type.Enum(['agents', 'group', 'ivr']),
    groupId: Type.Optional(Id),
    menuId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const QueueSchema = Type.Object({
  enabled: Type.Boolean(),
  maxWaitSec: Type.Integer(),
  maxLength: Type.Integer(),
  priority: Type.Integer({ description: '0-9; higher is served first where agents are shared' }),
});

export const CallbackSettingsSchema = Type.Object({
  enabled: Type.Boolean(),
  key: Type.String({ maxLength: 1, description: 'R3: the key a waiting caller presses: 0-9 or *' }),
  mode: Type.Enum(['agent_first', 'auto'], {
    description:
      'agent_first: offered to an agent who accepts; auto: placed at once with the agent on the line',
  }),
  retries: Type.Integer({ description: 'Further attempts after an unanswered one (0-5)' }),
  retryDelaySec: Type.Integer({ description: 'Seconds between attempts (30-86400)' }),
  prompt: Type.Optional(Type.String({ maxLength: 500, description: 'What the waiting caller hears' })),
});

/** Each setting of a number, as the settings route answers and a PATCH sets it. */
export const numberSettingsFields = {
  record: Type.Boolean(),
  mode: Type.Enum(['receive', 'forward_all', 'reject']),
  forwardTo: Type.String({ maxLength: 40 }),
  strategy: StrategySchema,
  ringTimeoutSec: Type.Integer(),
  offlineAction: CallActionSchema,
  noAnswerAction: CallActionSchema,
  welcomeMessage: Text,
  voicedropMessage: Text,
  passCallerId: Type.Boolean(),
  hours: WorkingHoursSchema,
  outOfHoursAction: CallActionSchema,
  route: NumberRouteSchema,
  ownerRouting: Type.Boolean(),
  extensionDialing: Type.Boolean(),
  queue: QueueSchema,
};

export const NumberSettingsSchema = Type.Object(
  {
    ...numberSettingsFields,
    forwardTo: Type.Optional(numberSettingsFields.forwardTo),
    welcomeMessage: Type.Optional(Text),
    voicedropMessage: Type.Optional(Text),
    hours: Type.Optional(WorkingHoursSchema),
    callback: Type.Optional(CallbackSettingsSchema),
  },
  { description: 'V1: every setting of one number' },
);

export const GroupNoAnswerSchema = Type.Object(
  {
    kind: Type.Enum(['forward_member_mobile', 'forward', 'voicemail', 'hang_up']),
    to: Type.Optional(Type.String({ maxLength: 40, description: 'E.164, for forward' })),
  },
  { additionalProperties: false, description: 'V13: when nobody in the group answers' },
);

export const GroupSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  memberIds: Type.Array(Type.String()),
  strategy: StrategySchema,
  ringTimeoutSec: Type.Integer(),
  noAnswer: GroupNoAnswerSchema,
});

export const IvrActionSchema = Type.Object(
  {
    kind: Type.Enum(['group', 'extension', 'forward', 'voicemail', 'menu', 'repeat', 'hang_up']),
    groupId: Type.Optional(Id),
    userId: Type.Optional(Id),
    menuId: Type.Optional(Id),
    to: Type.Optional(Type.String({ maxLength: 40 })),
  },
  {
    additionalProperties: false,
    description:
      'V10: a group, a user’s extension, an external number, voicemail, a sub-menu, repeat or hang up',
  },
);

export const IvrMenuSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prompt: Type.String(),
  options: Type.Record(Type.String(), IvrActionSchema),
  timeoutSec: Type.Integer(),
  noInput: IvrActionSchema,
  invalidInput: IvrActionSchema,
  maxRepeats: Type.Integer(),
});

/** What a routing rule applies to (the engine's routing/rules.ts ruleTargetKinds). */
export const ruleTargetKindNames = ['number', 'group', 'department'] as const;
export const RoutingRuleSchema = Type.Object({
  kind: Type.Enum([...ruleTargetKindNames]),
  id: Type.String(),
  skills: Type.Array(SkillRequirementSchema),
  wrapUpSec: Type.Integer(),
});

export const TrunkSchema = Type.Object(
  {
    allowedSources: Type.Array(Type.String({ maxLength: 50 }), {
      maxItems: 100,
      description: 'IP addresses or CIDR ranges the carrier sends calls from; anything else gets 403',
    }),
    outbound: Type.Optional(
      Type.Object(
        {
          host: Type.String({ minLength: 1, maxLength: 253 }),
          port: Type.Integer({ minimum: 1, maximum: 65535 }),
          transport: Type.Union([Type.Literal('udp'), Type.Literal('tcp')]),
        },
        { additionalProperties: false, description: 'Where forwards and external transfers are sent' },
      ),
    ),
  },
  { additionalProperties: false },
);

/** A webhook subscription; its signing secret is answered once, at creation, and never here. */
export const WebhookSchema = Type.Object({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  enabled: Type.Boolean(),
  description: Type.Optional(Type.String()),
});

export type Workspace = Static<typeof WorkspaceSchema>;
export type NumberSettings = Static<typeof NumberSettingsSchema>;
