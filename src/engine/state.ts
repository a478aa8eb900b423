import type { E164 } from '../domain/phone.ts';
import type { Plan } from '../domain/plan.ts';
import type { Presence } from '../domain/presence.ts';
import type { Role } from '../domain/roles.ts';
import type { Callback } from './callback/callback.ts';
import type { Conversation, DepartmentChatSettings } from './chat/conversation.ts';
import { IdMap, idMapOf } from './id-map.ts';
import type { RoutingRule } from './routing/rules.ts';
import type { Skill } from './routing/skills.ts';
import { type Table, table, tableOf } from './table.ts';
import type { Timer } from './timers.ts';
import type { Call } from './voice/call.ts';
import type { Group } from './voice/groups.ts';
import type { IvrMenu } from './voice/ivr-menus.ts';
import type { NumberSettings } from './voice/number-settings.ts';
import type { Workflow, WorkflowRun } from './workflow/definition.ts';
import type { SipConfig } from './workspace/sip.ts';
import type { Webhook } from './workspace/webhooks.ts';

export type Channel = 'voice' | 'chat';
export type Capacity = Record<Channel, number>;

export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  extension?: string;
  mobile?: E164;
  capacity: Capacity;
  presence: Presence;
  presenceSince: number;
  /** When this agent last answered a call; longest-idle routing reads it. */
  lastAnsweredAt?: number;
  /** Consecutive offers this agent let ring out; reset on answer. */
  missedOffers: number;
  /** Voice legs of theirs ringing now (kept by evolve, so routing never scans calls). */
  ringingLegs: number;
  /** Voice legs of theirs connected now. */
  connectedLegs: number;
  /** Conversations assigned to them now (on hold included): what chat capacity counts. */
  chatSessions: number;
  /** Creation order in the workspace, kept by evolve: a stable tie-break for never-answered agents. */
  order?: number;
  /** S2: set for users with a SIP account: whether any of their phones is registered now. */
  sipDevice?: 'registered' | 'none';
  /** R1: the skills this agent has, each at a level 1–5. */
  skills?: Skill[];
  /** R2: wrap-up in progress, per channel: no new work of that channel until it ends. */
  wrapUp?: Partial<Record<Channel, WrapUp>>;
}

/** R2: after-call work: until when, and whether the agent has already used their one extension. */
export interface WrapUp {
  until: number;
  seconds: number;
  extended: boolean;
}

export interface Department {
  id: string;
  name: string;
  memberIds: string[];
}

export type NumberKind = 'rented' | 'sip';

export interface PhoneNumber {
  id: string;
  e164: E164;
  kind: NumberKind;
  label: string;
  assignedUserIds: string[];
  settings: NumberSettings;
}

export interface Contact {
  id: string;
  name: string;
  company?: string;
  phones: E164[];
  responsibleUserId?: string;
}

export interface Billing {
  /** Telephony balance in cents of the workspace currency (W7: rented numbers spend it). */
  balanceCents: number;
  currency: string;
  /** W7: sip numbers need an active SIP-connector licence. */
  sipLicence: boolean;
}

export interface WorkspaceState {
  /** SIP trunk and accounts (workspace/sip.ts); absent until first configured. */
  sip?: SipConfig;
  id: string;
  exists: boolean;
  name: string;
  plan: Plan;
  timeZone: string;
  /** ISO country used when a typed number has no country code; undefined means international format only. */
  defaultCountry?: string;
  createdAt: number;
  /** Last event's sequence number; the next event gets version + 1. */
  version: number;
  /** Seeded PRNG state (see prng.ts): randomness is state, so replays decide the same. */
  rng: number;
  billing: Billing;
  users: Record<string, User>;
  departments: Record<string, Department>;
  numbers: Record<string, PhoneNumber>;
  contacts: Record<string, Contact>;
  groups: Record<string, Group>;
  ivrMenus: Record<string, IvrMenu>;
  /** Live calls only (ended calls live in the history projection): a Map (id-map.ts) that snapshots store as a record. */
  calls: IdMap<Call>;
  /** Set timers by id: a Map (id-map.ts) that snapshots store as a record. */
  timers: IdMap<Timer>;
  /** Open conversations (resolved ones live in the read models). */
  conversations: Record<string, Conversation>;
  /** Per department, conversations waiting for an agent, oldest first. */
  chatQueues: Record<string, string[]>;
  chatSettings: Record<string, DepartmentChatSettings>;
  /** F1: workflows with their draft and published versions; runs in progress (F5: their waits are timers). */
  workflows: Record<string, Workflow>;
  workflowRuns: Record<string, WorkflowRun>;
  workflowRunsStarted: number;
  /** R1/R2: skills required and wrap-up seconds, per `number:<id>`, `group:<id>`, `department:<id>` (routing/rules.ts). */
  routingRules: Record<string, RoutingRule>;
  /** I1: webhook subscriptions (their secrets live in the store). */
  webhooks: Record<string, Webhook>;
  /** Derived: per agent, the conversations waiting in their pending list (C5), oldest first. */
  pendingFor: Record<string, string[]>;
  /**
   * V8: voicemails nobody has listened to yet, with their number. A Map (id-map.ts): every
   * voicemail's id is new, and a plain object would internalise it and grow as a dictionary of
   * every unheard one; snapshots store it as a record.
   */
  unheardVoicemails: IdMap<string>;
  /**
   * R3: callbacks not finished yet (finished ones live in the history). A Map (id-map.ts): the
   * waiting list's entries, mostly call ids, are looked up here first; snapshots store a record.
   */
  callbacks: IdMap<Callback>;
  /** Calls waiting for an agent, oldest first; a callback (R3) holds its caller's entry. */
  waiting: string[];
  /** Derived routing indexes (see routing/pool-index.ts). */
  poolIndex: Record<string, Record<string, number>>;
  /** Derived: lowercased email → user id, extension → user id (uniqueness checks in O(1)). */
  userByEmail: Record<string, string>;
  userByExtension: Record<string, string>;
  usersCreated: number;
  /** Round-robin cursors: the member position offered last, per pool (e.g. `number:n1`). */
  rotation: Record<string, number>;
  /** After `after` consecutive missed offers an agent moves to `presence`; undefined: never. */
  missedOfferPolicy?: { after: number; presence: Exclude<Presence, 'online'> };
  /** Sites allowed to embed the web-chat widget (issue 12 item 9); undefined: any site. */
  webchatOrigins?: string[];
  /** Derived index: E.164 → number id, kept by evolve. */
  numberByE164: Record<E164, string>;
  /**
   * Derived index: E.164 → contact id, kept by evolve (CRM look-up of a caller). A Map
   * (id-map.ts): every inbound call looks its caller's number up here, mostly a number seen
   * for the first time, which a plain object would internalise; snapshots store it as a record.
   */
  contactByPhone: IdMap<string>;
}

export function emptyWorkspace(id: string): WorkspaceState {
  return {
    id,
    exists: false,
    name: '',
    plan: 'starter',
    timeZone: 'UTC',
    createdAt: 0,
    version: 0,
    rng: 1,
    billing: { balanceCents: 0, currency: 'EUR', sipLicence: false },
    users: table(),
    departments: table(),
    numbers: table(),
    contacts: table(),
    groups: table(),
    ivrMenus: table(),
    calls: new IdMap(),
    timers: new IdMap(),
    callbacks: new IdMap(),
    waiting: [],
    unheardVoicemails: new IdMap(),
    conversations: table(),
    chatQueues: table(),
    chatSettings: table(),
    pendingFor: table(),
    workflows: table(),
    workflowRuns: table(),
    workflowRunsStarted: 0,
    webhooks: table(),
    routingRules: table(),
    rotation: table(),
    poolIndex: table(),
    userByEmail: table(),
    userByExtension: table(),
    usersCreated: 0,
    numberByE164: table(),
    contactByPhone: new IdMap(),
  };
}

/** The keys of WorkspaceState whose value is a record keyed by id. */
type TableKey = {
  [K in keyof WorkspaceState]-?: WorkspaceState[K] extends Table<unknown>
    ? string extends keyof WorkspaceState[K]
      ? K
      : never
    : never;
}[keyof WorkspaceState];

/** Every record of the state keyed by id (the compiler checks none is left out below). */
export const tableKeys = [
  'users',
  'departments',
  'numbers',
  'contacts',
  'groups',
  'ivrMenus',
  'conversations',
  'chatQueues',
  'chatSettings',
  'workflows',
  'workflowRuns',
  'pendingFor',
  'poolIndex',
  'userByEmail',
  'userByExtension',
  'rotation',
  'numberByE164',
  'webhooks',
  'routingRules',
] as const satisfies readonly TableKey[];
const everyTableListed: Exclude<TableKey, (typeof tableKeys)[number]> extends never ? true : never = true;
void everyTableListed;

/**
 * Makes every record of a state prototype-free: a snapshot read back from JSON, or a copy
 * made by structuredClone, has plain objects where the engine needs tables (issue 12 item 2),
 * and records or plain Maps where it needs IdMaps (timers, a call's legs).
 */
export function withTables(state: WorkspaceState): WorkspaceState {
  const tables = state as unknown as Record<string, Table<unknown>>;
  for (const key of tableKeys) tables[key] = tableOf(tables[key]);
  state.timers = idMapOf(state.timers);
  state.calls = idMapOf(state.calls);
  state.contactByPhone = idMapOf(state.contactByPhone);
  state.callbacks = idMapOf(state.callbacks);
  state.unheardVoicemails = idMapOf(state.unheardVoicemails);
  for (const call of state.calls.values()) call.legs = idMapOf(call.legs);
  for (const pool of Object.keys(state.poolIndex)) state.poolIndex[pool] = tableOf(state.poolIndex[pool]);
  return state;
}
