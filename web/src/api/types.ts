/** The shapes of the API's answers the console reads (see /openapi.json for all of them). */

export type Presence = 'online' | 'pre_pause' | 'pause' | 'offline';
export type Role = 'admin' | 'supervisor' | 'agent';

export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  extension?: string;
  mobile?: string;
  capacity: { voice: number; chat: number };
  presence: Presence;
  presenceSince: string;
  departmentIds: string[];
  numberIds: string[];
  language?: Language;
  /** R1: skills with their levels 1–5. */
  skills?: Skill[];
  /** R2: after-call work in progress, per channel. */
  wrapUp?: Partial<Record<'voice' | 'chat', WrapUp>>;
}

export interface Skill {
  skill: string;
  level: number;
}

export interface WrapUp {
  until: string;
  seconds: number;
  extended: boolean;
}

/** R1: a skill required at a minimum level, optionally relaxing after a wait (minLevel 0: dropped). */
export interface SkillRequirement {
  skill: string;
  minLevel: number;
  relax?: { afterSec: number; minLevel: number };
}

/** R1/R2 of a number, group or department. */
export interface RoutingRule {
  kind: 'number' | 'group' | 'department';
  id: string;
  skills: SkillRequirement[];
  wrapUpSec: number;
}

export type Language = 'en' | 'es';

export interface WorkspaceRef {
  id: string;
  name: string;
  token?: string;
}

export interface Session {
  token: string;
  workspaceId: string;
  user: User;
  workspaces: WorkspaceRef[];
}

/** One committed event as the stream sends it. */
export interface StreamEvent {
  seq: number;
  at: string;
  type: string;
  // biome-ignore lint/suspicious/noExplicitAny: every event type has its own data.
  data: any;
}

export interface Page<T> {
  items: T[];
  next?: string;
}

/** A CRM contact (V12). */
export interface Contact {
  id: string;
  name: string;
  company?: string;
  /** E.164, normalised by the server. */
  phones: string[];
  /** V12: calls from this contact go to this user first. */
  responsibleUserId?: string;
}
