import { type Static, Type } from 'typebox';
import { weekdays } from '../domain/hours.ts';
import { strategies } from '../engine/routing/strategy.ts';
import { callActionKinds } from '../engine/voice/number-settings.ts';
import { Id, Ids, strict } from './spec-common.ts';
import { routingFields } from './spec-routing.ts';

/**
 * The voice and chat sections of a workspace spec: number settings, telephony groups, IVR
 * menus, departments' chat settings and the missed-offer policy. Spec forms differ from the
 * engine's in two ways only: references drop the Id suffix (group: g_sales, not groupId),
 * as elsewhere in the spec, and an opening interval is written "09:00-14:00".
 */
const Message = Type.String({ maxLength: 2000 });
const Phone = Type.String({ maxLength: 40 });

/** V6: ring_free, busy, hang_up, message (message), voicemail (optional greeting) or forward (to). */
export const CallActionSpec = Type.Object(
  {
    kind: Type.Enum([...callActionKinds]),
    message: Type.Optional(Message),
    greeting: Type.Optional(Message),
    to: Type.Optional(Phone),
  },
  strict,
);

export const intervalPattern = '^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';

/** V3: weekly intervals in wall-clock time, holidays (YYYY-MM-DD, or MM-DD every year), closures. */
export const HoursSpec = Type.Object(
  {
    /** Left out: the workspace's time zone. */
    timeZone: Type.Optional(Type.String({ maxLength: 64 })),
    weekly: Type.Optional(
      Type.Object(
        Object.fromEntries(
          weekdays.map((day) => [
            day,
            Type.Optional(Type.Array(Type.String({ pattern: intervalPattern }), { maxItems: 12 })),
          ]),
        ),
        strict,
      ),
    ),
    holidays: Type.Optional(Type.Array(Type.String({ maxLength: 10 }), { maxItems: 400 })),
    /** What each holiday is called, keyed by its entry in holidays. */
    holidayNames: Type.Optional(Type.Record(Type.String({ maxLength: 10 }), Type.String({ maxLength: 100 }))),
    closures: Type.Optional(
      Type.Array(
        Type.Object({ from: Type.String({ maxLength: 16 }), to: Type.String({ maxLength: 16 }) }, strict),
        { maxItems: 400 },
      ),
    ),
  },
  strict,
);

/** Where a received call goes: the number's assigned agents, a group, or an IVR menu. */
export const RouteSpec = Type.Object(
  {
    kind: Type.Enum(['agents', 'group', 'ivr']),
    group: Type.Optional(Id),
    menu: Type.Optional(Id),
  },
  strict,
);

/** V1–V17: every field is optional; one left out takes the engine's default. */
export const NumberSettingsSpec = Type.Object(
  {
    record: Type.Optional(Type.Boolean()),
    mode: Type.Optional(Type.Enum(['receive', 'forward_all', 'reject'])),
    forwardTo: Type.Optional(Phone),
    strategy: Type.Optional(Type.Enum([...strategies])),
    ringTimeoutSec: Type.Optional(Type.Integer({ minimum: 5, maximum: 600 })),
    offlineAction: Type.Optional(CallActionSpec),
    noAnswerAction: Type.Optional(CallActionSpec),
    welcomeMessage: Type.Optional(Message),
    voicedropMessage: Type.Optional(Message),
    passCallerId: Type.Optional(Type.Boolean()),
    hours: Type.Optional(HoursSpec),
    outOfHoursAction: Type.Optional(CallActionSpec),
    route: Type.Optional(RouteSpec),
    ownerRouting: Type.Optional(Type.Boolean()),
    extensionDialing: Type.Optional(Type.Boolean()),
    queue: Type.Optional(
      Type.Object(
        {
          enabled: Type.Optional(Type.Boolean()),
          maxWaitSec: Type.Optional(Type.Integer({ minimum: 10, maximum: 3600 })),
          maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
          priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 9 })),
        },
        strict,
      ),
    ),
    /** R3: a waiting caller presses `key` to be called back, keeping their place. */
    callback: Type.Optional(
      Type.Object(
        {
          enabled: Type.Optional(Type.Boolean()),
          key: Type.Optional(Type.String({ pattern: '^[0-9*]$' })),
          mode: Type.Optional(Type.Enum(['agent_first', 'auto'])),
          retries: Type.Optional(Type.Integer({ minimum: 0, maximum: 5 })),
          retryDelaySec: Type.Optional(Type.Integer({ minimum: 30, maximum: 86_400 })),
          prompt: Type.Optional(Message),
        },
        strict,
      ),
    ),
  },
  strict,
);

/** V13: members in order (sequential uses it), a strategy, a ring timeout, what happens on no answer. */
export const GroupSpec = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    members: Type.Optional(Ids),
    strategy: Type.Optional(Type.Enum([...strategies])),
    ringTimeoutSec: Type.Optional(Type.Integer({ minimum: 5, maximum: 600 })),
    noAnswer: Type.Optional(
      Type.Object(
        {
          kind: Type.Enum(['forward_member_mobile', 'forward', 'voicemail', 'hang_up']),
          to: Type.Optional(Phone),
        },
        strict,
      ),
    ),
    ...routingFields,
  },
  strict,
);

/** V10: a key press's action: group (group), extension (user), forward (to), voicemail, menu (menu), repeat, hang_up. */
export const IvrActionSpec = Type.Object(
  {
    kind: Type.Enum(['group', 'extension', 'forward', 'voicemail', 'menu', 'repeat', 'hang_up']),
    group: Type.Optional(Id),
    user: Type.Optional(Id),
    menu: Type.Optional(Id),
    to: Type.Optional(Phone),
  },
  strict,
);

export const IvrMenuSpec = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    prompt: Type.String({ minLength: 1, maxLength: 2000 }),
    /** Keys are digits, or "*" and "#" (quoted in YAML). */
    options: Type.Optional(Type.Record(Type.String({ pattern: '^[0-9*#]$' }), IvrActionSpec, strict)),
    timeoutSec: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
    noInput: Type.Optional(IvrActionSpec),
    invalidInput: Type.Optional(IvrActionSpec),
    maxRepeats: Type.Optional(Type.Integer({ minimum: 0, maximum: 5 })),
  },
  strict,
);

/** C2: how a department hands out conversations, and what happens to an offline agent's ones. */
export const DepartmentChatSpec = Type.Object(
  {
    strategy: Type.Optional(Type.Enum(['least_busy', 'round_robin', 'manual'])),
    onAgentOffline: Type.Optional(Type.Enum(['keep', 'requeue', 'reassign'])),
  },
  strict,
);

/** After `after` consecutive missed offers an agent moves to `presence`. */
export const MissedOfferPolicySpec = Type.Object(
  {
    after: Type.Integer({ minimum: 1, maximum: 100 }),
    presence: Type.Enum(['pre_pause', 'pause', 'offline']),
  },
  strict,
);

export type NumberSettingsSpec = Static<typeof NumberSettingsSpec>;
export type GroupSpec = Static<typeof GroupSpec>;
export type IvrMenuSpec = Static<typeof IvrMenuSpec>;
export type IvrActionSpec = Static<typeof IvrActionSpec>;
export type RouteSpec = Static<typeof RouteSpec>;
export type HoursSpec = Static<typeof HoursSpec>;
export type CallActionSpec = Static<typeof CallActionSpec>;
