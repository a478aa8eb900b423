import { Type, type Static, type TSchema } from 'typebox';
import { plans } from '../domain/plan.ts';
import { presences } from '../domain/presence.ts';
import { roles } from '../domain/roles.ts';

/** Schemas shared by routes: they validate requests and document the API (OpenAPI). */
export const Id = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const RoleSchema = Type.Enum([...roles]);
export const PlanSchema = Type.Enum([...plans]);
export const PresenceSchema = Type.Enum([...presences]);

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      field: Type.Optional(Type.String()),
    }),
  },
  { $id: 'Error', description: 'Every error: a code, a message for people, and the field at fault when there is one.' },
);

export const WorkspaceParams = Type.Object({ workspaceId: Id });
export type WorkspaceParams = Static<typeof WorkspaceParams>;

export const CapacitySchema = Type.Object({
  voice: Type.Integer({ minimum: 0, maximum: 100 }),
  chat: Type.Integer({ minimum: 0, maximum: 100 }),
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
});

export const WorkspaceSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  plan: PlanSchema,
  timeZone: Type.String(),
  defaultCountry: Type.Optional(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});

export const StoredEventSchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  type: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
});

/** Standard error responses, so every route documents them. */
export const errors = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
};

export const iso = (ms: number) => new Date(ms).toISOString();
