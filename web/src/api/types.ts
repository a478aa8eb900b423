/** The shapes of the API's answers the console reads (see /openapi.json for all of them). */
import type { Hello, Reload, StreamMessage } from '../../../src/api/stream-messages.ts';

export type { Contact, Page, User } from '../../../src/api/resources.ts';

import type { User } from '../../../src/api/resources.ts';

export type Presence = User['presence'];
export type Role = User['role'];

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
