/** The shapes of the API's answers the console reads (see /openapi.json for all of them). */
import type { Hello, Reload, StreamMessage } from '../../../src/api/stream-messages.ts';

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
