/** The shapes of the API's answers the console reads, from src/api and the API's contract. */
import type { Hello, Reload, StreamMessage } from '../../../src/api/stream-messages.ts';
import type { Answer } from './contract.ts';

export type { Contact, Page, User } from '../../../src/api/resources.ts';

import type { User } from '../../../src/api/resources.ts';

export type Presence = User['presence'];
export type Role = User['role'];

/** R1: a skill with its level 1–5; a skill required at a minimum level (minLevel 0 once relaxed: dropped). */
export type Skill = User['skills'][number];
export type WrapUp = NonNullable<NonNullable<User['wrapUp']>['voice']>;
export type { SkillRequirement } from '../../../src/api/resources.ts';

/** R1/R2 of a number, group or department (GET /routing-rules/{kind}/{id}). */
export type RoutingRule = Answer<'getRoutingRule'>;

export type Language = 'en' | 'es';

/** A signed-in session: its token, workspace and user, and every workspace the password opens. */
export type Session = Answer<'signIn'>;
export type WorkspaceRef = Session['workspaces'][number];

/**
 * What the server says to the browser phone on the same socket (src/telephony/webrtc/
 * signalling.ts; softphone/browser-phone/legs.ts reads it). The phone's own protocol, not part
 * of the public stream contract, so not in src/api.
 */
export type SignallingMessage =
  | { type: 'webrtc.registered'; deviceId: string }
  | { type: 'webrtc.offer'; legId: string; sdp: string }
  | { type: 'webrtc.ended'; legId: string; reason: string }
  | { type: 'webrtc.error'; error: string };

/**
 * One message as the stream sends it: a public message (SPEC I4, typed by the schemas in
 * src/api/stream-messages.ts), the hello of each connection, a reload, or phone signalling.
 */
export type StreamEvent = StreamMessage | Hello | Reload | SignallingMessage;
