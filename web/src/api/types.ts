/** The shapes of the API's answers the console reads (see /openapi.json for all of them). */
import type { Hello, Reload, StreamMessage } from '../../../src/api/stream-messages.ts';

export type { Contact, Page, User } from '../../../src/api/resources.ts';

import type { SkillRequirement, User } from '../../../src/api/resources.ts';

export type Presence = User['presence'];
export type Role = User['role'];

/** R1: a skill with its level 1–5; a skill required at a minimum level (minLevel 0 once relaxed: dropped). */
export type Skill = User['skills'][number];
export type WrapUp = NonNullable<NonNullable<User['wrapUp']>['voice']>;
export type { SkillRequirement } from '../../../src/api/resources.ts';

/** R1/R2 of a number, group or department (GET /routing-rules/{kind}/{id}). */
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

/**
 * The browser phone's signalling on the same socket (softphone/browser-phone/legs.ts reads it);
 * not part of the public stream contract.
 */
export interface SignallingMessage {
  type: `webrtc.${string}`;
}

/**
 * One message as the stream sends it: a public message (SPEC I4, typed by the schemas in
 * src/api/stream-messages.ts), the hello of each connection, a reload, or phone signalling.
 */
export type StreamEvent = StreamMessage | Hello | Reload | SignallingMessage;
