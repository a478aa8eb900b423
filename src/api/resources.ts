import { type Static, Type } from 'typebox';
import { presences } from '../domain/presence.ts';
import { roles } from '../domain/roles.ts';

/**
 * The API's resources as the routes answer them: one TypeBox schema each, which the server
 * serialises with (src/server/schemas.ts re-exports them) and the console types with. No
 * Node imports, so web/ imports this file.
 */

export const RoleSchema = Type.Enum([...roles]);
export const PresenceSchema = Type.Enum([...presences]);

export const CapacitySchema = Type.Object({
  voice: Type.Integer({ minimum: 0, maximum: 100 }),
  chat: Type.Integer({ minimum: 0, maximum: 100 }),
});

/** R1: a skill an agent has, at a level. */
export const SkillSchema = Type.Object(
  { skill: Type.String({ minLength: 1, maxLength: 40 }), level: Type.Integer({ minimum: 1, maximum: 5 }) },
  { additionalProperties: false },
);

/** R1: a skill required, at a minimum level, optionally relaxing after a wait (minLevel 0: dropped). */
export const SkillRequirementSchema = Type.Object(
  {
    skill: Type.String({ minLength: 1, maxLength: 40 }),
    minLevel: Type.Integer({ minimum: 1, maximum: 5 }),
    relax: Type.Optional(
      Type.Object(
        {
          afterSec: Type.Integer({ minimum: 1, maximum: 86_400 }),
          minLevel: Type.Integer({ minimum: 0, maximum: 4 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** R2: a wrap-up in progress on one channel. */
const WrapUpSchema = Type.Object({
  until: Type.String({ format: 'date-time' }),
  seconds: Type.Integer(),
  extended: Type.Boolean(),
});

export const UserSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  extension: Type.Optional(Type.String()),
  mobile: Type.Optional(Type.String()),
  capacity: CapacitySchema,
  presence: PresenceSchema,
  presenceSince: Type.String({ format: 'date-time' }),
  departmentIds: Type.Array(Type.String()),
  numberIds: Type.Array(Type.String()),
  skills: Type.Array(SkillSchema),
  wrapUp: Type.Optional(
    Type.Object(
      { voice: Type.Optional(WrapUpSchema), chat: Type.Optional(WrapUpSchema) },
      { description: 'R2: after-call work in progress, per channel' },
    ),
  ),
});
export type User = Static<typeof UserSchema>;
export type SkillRequirement = Static<typeof SkillRequirementSchema>;

export const DepartmentSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  memberIds: Type.Array(Type.String()),
  memberCount: Type.Integer({ description: 'C2: shown in the transfer list' }),
  onlineCount: Type.Integer({
    description: 'Members whose presence is online (whether or not they have room for a chat)',
  }),
});
export type Department = Static<typeof DepartmentSchema>;

export const NumberKindSchema = Type.Enum(['rented', 'sip']);

export const NumberSchema = Type.Object({
  id: Type.String(),
  e164: Type.String({ description: 'E.164, e.g. +34911234567' }),
  kind: NumberKindSchema,
  label: Type.String(),
  assignedUserIds: Type.Array(Type.String(), {
    description: 'W8: only these users make and receive calls on it',
  }),
});
export type PhoneNumber = Static<typeof NumberSchema>;

export const ContactSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  company: Type.Optional(Type.String()),
  phones: Type.Array(Type.String(), { description: 'E.164' }),
  responsibleUserId: Type.Optional(
    Type.String({ description: 'V12: calls from this contact go to this user first' }),
  ),
});
export type Contact = Static<typeof ContactSchema>;

/** A page of a list route: `{ items }`, and `next` where the list pages. */
export type Page<T> = { items: T[]; next?: string };
