/** The shapes of the API's answers the console reads, from src/api and the API's contract. */
import type { ServerMessage } from '../../../src/api/signalling.ts';
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
 * What the server says to the browser phone on the same socket (softphone/browser-phone/legs.ts
 * reads it): the phone's own protocol, beside the public stream contract (src/api/signalling.ts).
 */
export type SignallingMessage = ServerMessage;

/**
 * One message as the stream sends it: a public message (SPEC I4, typed by the schemas in
 * src/api/stream-messages.ts), the hello of each connection, a reload, or phone signalling.
 */
export type StreamEvent = StreamMessage | Hello | Reload | SignallingMessage;
