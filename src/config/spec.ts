import { type Static, Type } from 'typebox';
import { publicMessageTypes } from '../api/messages.ts';
import { plans } from '../domain/plan.ts';
import { roles } from '../domain/roles.ts';
import { Id, Ids, strict, Text } from './spec-common.ts';
import { routingFields, SkillSpec } from './spec-routing.ts';
import {
  DepartmentChatSpec,
  GroupSpec,
  IvrMenuSpec,
  MissedOfferPolicySpec,
  NumberSettingsSpec,
} from './spec-voice.ts';
import { WorkflowSpec } from './spec-workflows.ts';

/**
 * A workspace as code: the desired state that `apply` brings the live workspace to and
 * `export` writes back. Every section but `workspace` is optional: a section left out is
 * not managed (nothing in it is created, changed or pruned), while an empty list is managed
 * and says "none". Within a section the spec is declarative: a field left out takes its
 * default (no mobile, agent role, default capacity, a number setting's engine default...),
 * so what the file says is what the workspace becomes. Each section has its own planner in
 * sections/ (workflows: sections/workflows.ts, its schema in spec-workflows.ts).
 */

export const WorkspaceSection = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    plan: Type.Optional(Type.Enum([...plans])),
    timeZone: Type.Optional(Type.String({ maxLength: 64 })),
    defaultCountry: Type.Optional(Type.String({ minLength: 2, maxLength: 2 })),
    /** Left out: an agent who misses offers is never moved out of online. */
    missedOfferPolicy: Type.Optional(MissedOfferPolicySpec),
    /** Sites allowed to embed the web-chat widget (origins); left out or empty: any site. */
    webchatOrigins: Type.Optional(Type.Array(Type.String({ maxLength: 300 }), { maxItems: 50 })),
  },
  strict,
);

export const UserSpec = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.String({ minLength: 3, maxLength: 320 }),
    role: Type.Optional(Type.Enum([...roles])),
    extension: Type.Optional(Type.String({ maxLength: 6 })),
    mobile: Type.Optional(Type.String({ maxLength: 40 })),
    capacity: Type.Optional(
      Type.Object(
        {
          voice: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
          chat: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
        },
        strict,
      ),
    ),
    departments: Type.Optional(Ids),
    /** R1: left out, none. */
    skills: Type.Optional(Type.Array(SkillSpec, { maxItems: 20 })),
    /** Demo and first set-up only: hashed on apply, never exported. */
    password: Type.Optional(Type.String({ minLength: 8, maxLength: 200 })),
  },
  strict,
);

export const DepartmentSpec = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    /** Left out: least_busy, requeue. */
    chat: Type.Optional(DepartmentChatSpec),
    ...routingFields,
  },
  strict,
);

export const NumberSpec = Type.Object(
  {
    id: Id,
    e164: Type.String({ minLength: 1, maxLength: 40 }),
    kind: Type.Enum(['rented', 'sip']),
    label: Type.Optional(Text),
    /** Left out: every user of the workspace (W8). */
    assignedUsers: Type.Optional(Ids),
    /** Call handling (V1–V17); a field left out, or the whole of settings, takes the engine's default. */
    settings: Type.Optional(NumberSettingsSpec),
    ...routingFields,
  },
  strict,
);

export const ContactSpec = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    company: Type.Optional(Text),
    phones: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 })),
    responsible: Type.Optional(Id),
  },
  strict,
);

/** I1: a webhook subscription; its secret never appears in the file. */
export const WebhookSpec = Type.Object(
  {
    id: Id,
    url: Type.String({ minLength: 1, maxLength: 2000 }),
    events: Type.Array(Type.Enum([...publicMessageTypes]), {
      minItems: 1,
      maxItems: publicMessageTypes.length,
    }),
    /** Left out: enabled. */
    enabled: Type.Optional(Type.Boolean()),
    description: Type.Optional(Type.String({ maxLength: 500 })),
  },
  strict,
);

export const BillingSpec = Type.Object(
  {
    balanceCents: Type.Integer({ minimum: 0 }),
    currency: Type.Optional(Type.String({ minLength: 3, maxLength: 3 })),
    sipLicence: Type.Optional(Type.Boolean()),
  },
  strict,
);

/** The SIP trunk (S1, W7): who may send calls in, where outbound legs go. Agents' SIP passwords are set through the API. */
export const SipSpec = Type.Object(
  {
    trunk: Type.Optional(
      Type.Object(
        {
          allowedSources: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 100 }),
          outbound: Type.Optional(
            Type.Object(
              {
                host: Type.String({ minLength: 1, maxLength: 253 }),
                port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
                transport: Type.Optional(Type.Enum(['udp', 'tcp'])),
              },
              strict,
            ),
          ),
        },
        strict,
      ),
    ),
  },
  strict,
);

export const WorkspaceSpecSchema = Type.Object(
  {
    /** Format version of this file; 1 is the only one so far. */
    version: Type.Optional(Type.Literal(1)),
    /** Remove the users, departments, groups, IVR menus, numbers, contacts, published workflows and webhooks that the file does not list. */
    prune: Type.Optional(Type.Boolean()),
    workspace: WorkspaceSection,
    departments: Type.Optional(Type.Array(DepartmentSpec, { maxItems: 1000 })),
    users: Type.Optional(Type.Array(UserSpec, { maxItems: 10_000 })),
    groups: Type.Optional(Type.Array(GroupSpec, { maxItems: 1000 })),
    ivrMenus: Type.Optional(Type.Array(IvrMenuSpec, { maxItems: 1000 })),
    numbers: Type.Optional(Type.Array(NumberSpec, { maxItems: 5000 })),
    contacts: Type.Optional(Type.Array(ContactSpec, { maxItems: 100_000 })),
    billing: Type.Optional(BillingSpec),
    /** Left out: the trunk is not managed; `sip: {}` says there is none. */
    sip: Type.Optional(SipSpec),
    workflows: Type.Optional(Type.Array(WorkflowSpec, { maxItems: 500 })),
    webhooks: Type.Optional(Type.Array(WebhookSpec, { maxItems: 100 })),
  },
  strict,
);

export type WorkspaceSpec = Static<typeof WorkspaceSpecSchema>;
export type UserSpec = Static<typeof UserSpec>;
export type DepartmentSpec = Static<typeof DepartmentSpec>;
export type NumberSpec = Static<typeof NumberSpec>;
export type ContactSpec = Static<typeof ContactSpec>;
export type BillingSpec = Static<typeof BillingSpec>;
export type SipSpec = Static<typeof SipSpec>;
export type WebhookSpec = Static<typeof WebhookSpec>;
export type { GroupSpec, IvrMenuSpec, NumberSettingsSpec } from './spec-voice.ts';
export type { WorkflowSpec } from './spec-workflows.ts';

/** The sections that hold lists of entities with ids: the ones `prune` can empty. */
export const listSections = [
  'departments',
  'users',
  'groups',
  'ivrMenus',
  'numbers',
  'contacts',
  'workflows',
  'webhooks',
] as const;
export type ListSection = (typeof listSections)[number];
