import type { Role } from '../domain/roles.ts';
import type { KeyActor } from '../engine/chat/conversation.ts';
import type { StoredEvent } from '../engine/events.ts';
import type { WorkspaceState } from '../engine/state.ts';
import type { WebhookDeliveries } from './webhook-deliveries.ts';

export interface Snapshot {
  workspaceId: string;
  seq: number;
  state: WorkspaceState;
  /**
   * The state already serialised, when the writer has it: stores save this text as is. The
   * runtime passes its live state with it (no deep copy of a 300 MB workspace), so a store
   * given `json` must not read `state` after it first awaits.
   */
  json?: string;
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor?: string;
}

export interface CallRecord {
  id: string;
  workspaceId: string;
  direction: 'inbound' | 'outbound';
  numberId: string;
  from: string;
  to: string;
  contactId?: string;
  agentId?: string;
  status: 'ringing' | 'connected' | 'ended';
  outcome?: string;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  /** How one agent took part, present when the list asked for a participant. */
  participation?: CallParticipation;
}

/**
 * How an agent took part in a call: rung (offered), answered, placed it, or transferred it
 * away (a transfer they started that completed). The call record keeps only who has it now.
 */
export interface CallParticipation {
  userId: string;
  offeredAt?: number;
  answeredAt?: number;
  placedAt?: number;
  transferredAt?: number;
}

/** A voicemail (V8) or a call recording (V2); its audio is kept by the telephony driver. */
export interface MediaRecord {
  id: string;
  workspaceId: string;
  kind: 'voicemail' | 'recording';
  callId: string;
  numberId: string;
  from: string;
  durationMs: number;
  createdAt: number;
  heardAt?: number;
  heardBy?: string;
}

export interface MediaQuery {
  kind: 'voicemail' | 'recording';
  /** Only these numbers (an agent sees the numbers assigned to them). */
  numberIds?: string[];
  callId?: string;
  heard?: boolean;
  limit: number;
  cursor?: string;
}

export interface CallQuery {
  numberId?: string;
  agentId?: string;
  /** Calls this user took part in (rang, answered, placed, transferred) or that name them. */
  participant?: string;
  outcome?: string;
  direction?: 'inbound' | 'outbound';
  status?: CallRecord['status'];
  /** Calls from or to this E.164 number. */
  phone?: string;
  from?: number;
  to?: number;
  limit: number;
  cursor?: string;
}

export interface HistoryQuery {
  entityType: string;
  entityId: string;
  limit: number;
  /** Events after this sequence number. */
  afterSeq?: number;
  /** Events before this sequence number. */
  beforeSeq?: number;
  /** Only events of these types. */
  types?: string[];
  /** Newest first (a log read from its recent end); oldest first otherwise. */
  newestFirst?: boolean;
}

/** Where a conversation stands; `resolved` ones stay here after the engine forgets them. */
export type ConversationRecordStatus = 'queued' | 'assigned' | 'pending' | 'on_hold' | 'resolved';

/** C1: a conversation as the read model keeps it, open or resolved. */
export interface ConversationRecord {
  id: string;
  workspaceId: string;
  channel: string;
  contact: { address: string; name?: string; email?: string; contactId?: string };
  departmentId?: string;
  /** The agent who has it, or (status pending) in whose pending list it waits (C5). */
  assigneeId?: string;
  status: ConversationRecordStatus;
  openedAt: number;
  lastIncomingAt?: number;
  lastOutgoingAt?: number;
  resolvedAt?: number;
  resolvedBy?: string;
  /** C4: the last transfer: from whom, why, to where. */
  transfer?: {
    fromUserId?: string;
    /** The user who transferred it, or else the key that did (C4). */
    by?: string;
    byKey?: KeyActor;
    reason?: string;
    to: { kind: 'department'; departmentId: string } | { kind: 'agent'; userId: string };
    at: number;
  };
  /**
   * Filled by listConversations: the last message of the exchange with the contact (theirs or
   * an agent's reply). Internal notes are never it: the preview says where the talk stands.
   */
  lastMessage?: MessageRecord;
}

export interface ConversationQuery {
  /** open: anything not resolved; the finer statuses pick one. */
  status?: 'open' | ConversationRecordStatus;
  assigneeId?: string;
  departmentId?: string;
  /** Waiting in this agent's pending list (C5). */
  pendingFor?: string;
  channel?: string;
  /** Opened at or after / before these times (ms). */
  openedFrom?: number;
  openedTo?: number;
  /**
   * What an agent may see: conversations that are theirs (assigned, on hold, or pending for
   * them) and those waiting in the queues of their departments.
   */
  scope?: { userId: string; departmentIds: string[] };
  limit: number;
  cursor?: string;
}

/**
 * A conversation message: the contact's (incoming), an agent's reply, or an internal note
 * (an agent's note or a transfer reason, C3). Internal ones are never shown to the contact.
 */
export interface MessageRecord {
  workspaceId: string;
  conversationId: string;
  /** The event's sequence number: orders the conversation and pages it. */
  seq: number;
  /** The channel's message id (incoming), or the id the API gave a reply or note. */
  id: string;
  kind: 'incoming' | 'reply' | 'note' | 'transfer_reason';
  visibility: 'contact' | 'internal';
  userId?: string;
  text: string;
  at: number;
}

export interface MessageQuery {
  /** false: only what the contact may see. */
  includeInternal: boolean;
  afterSeq?: number;
  limit: number;
}

export interface ApiKeyRecord {
  id: string;
  /** Undefined for the server's admin key, which manages workspaces. */
  workspaceId?: string;
  name: string;
  role: Role;
  hash: string;
  prefix: string;
  createdAt: number;
  revokedAt?: number;
}

export interface SessionRecord {
  tokenHash: string;
  workspaceId: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

/** A web-chat visitor (C1): the widget's bearer token, stored hashed, names their address. */
export interface VisitorRecord {
  tokenHash: string;
  workspaceId: string;
  address: string;
  name?: string;
  /** Given (optionally) on the web-chat page, so an agent can write back after the chat. */
  email?: string;
  /** Where their conversations go; the engine's default department when absent. */
  departmentId?: string;
  createdAt: number;
}

export interface DirectoryEntry {
  workspaceId: string;
  userId: string;
  email: string;
  name: string;
}

/** The event log: the source of truth, and what a restart rebuilds from. */
export interface EventLog {
  /** Appends the events of many workspaces in one durable transaction, with their projections. */
  commit(events: StoredEvent[]): Promise<void>;
  /**
   * A store that pipelines takes a commit before the one before it is durable: it writes them
   * in the order they were made, and refuses, writing nothing, every commit made before its
   * answer to a failed one was heard (those were decided on what the failed one held). The
   * runtime then sends each batch as soon as it is decided, instead of one at a time.
   */
  readonly pipelined?: boolean;
  loadEvents(workspaceId: string, afterSeq: number, limit?: number): Promise<StoredEvent[]>;
  loadSnapshot(workspaceId: string): Promise<Snapshot | undefined>;
  /**
   * The state is the runtime's live one: an adapter serializes it before this returns (before
   * any await), since the next decision changes it in place.
   */
  saveSnapshot(snapshot: Snapshot): Promise<void>;
  workspaceIds(): Promise<string[]>;
}

/** Read models kept by projections in the same transaction as the events. */
export interface ReadModels {
  getCall(workspaceId: string, callId: string): Promise<CallRecord | undefined>;
  listCalls(workspaceId: string, query: CallQuery): Promise<Page<CallRecord>>;
  /** How this user took part in the call; undefined if they never did. */
  callParticipation(
    workspaceId: string,
    callId: string,
    userId: string,
  ): Promise<CallParticipation | undefined>;
  history(workspaceId: string, query: HistoryQuery): Promise<StoredEvent[]>;
  getMedia(workspaceId: string, mediaId: string): Promise<MediaRecord | undefined>;
  listMedia(workspaceId: string, query: MediaQuery): Promise<Page<MediaRecord>>;
  getConversation(workspaceId: string, conversationId: string): Promise<ConversationRecord | undefined>;
  /** Newest opened first, with a cursor. */
  listConversations(workspaceId: string, query: ConversationQuery): Promise<Page<ConversationRecord>>;
  /** The most recently opened conversation of a contact on a channel, open or resolved. */
  latestConversationOf(
    workspaceId: string,
    channel: string,
    address: string,
  ): Promise<ConversationRecord | undefined>;
  /** A conversation's messages in order. */
  listMessages(workspaceId: string, conversationId: string, query: MessageQuery): Promise<MessageRecord[]>;
  getMessage(
    workspaceId: string,
    conversationId: string,
    messageId: string,
  ): Promise<MessageRecord | undefined>;
  /** Workspaces where a person with this email is a user (log-in and the workspace switcher). */
  usersByEmail(email: string): Promise<DirectoryEntry[]>;
}

/** Secrets, stored hashed only. Kept out of the event log so that history never holds them. */
export interface Credentials {
  saveApiKey(key: ApiKeyRecord): Promise<void>;
  findApiKey(hash: string): Promise<ApiKeyRecord | undefined>;
  /** A key found before and still held in memory, at once (undefined: not known so, ask findApiKey). */
  knownApiKey?(hash: string): ApiKeyRecord | undefined;
  listApiKeys(workspaceId: string | undefined): Promise<ApiKeyRecord[]>;
  revokeApiKey(workspaceId: string | undefined, keyId: string, at: number): Promise<boolean>;
  setPassword(workspaceId: string, userId: string, hash: string): Promise<void>;
  getPassword(workspaceId: string, userId: string): Promise<string | undefined>;
  saveSession(session: SessionRecord): Promise<void>;
  findSession(tokenHash: string): Promise<SessionRecord | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  saveVisitor(visitor: VisitorRecord): Promise<void>;
  findVisitor(tokenHash: string): Promise<VisitorRecord | undefined>;
}

export interface Store extends EventLog, ReadModels, Credentials, WebhookDeliveries {
  /** Runs pending migrations; safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Audio by workspace and media id: uploaded prompts, voicemails (V8), recordings (V2). */
export interface AudioStore {
  /** Stores the audio whole; a reader never sees part of it. */
  put(workspaceId: string, id: string, bytes: Uint8Array): Promise<void>;
  /** The audio, or undefined when there is none (yet). */
  open(workspaceId: string, id: string): Promise<Buffer | undefined>;
  /** Forgets the audio; nothing there is not an error. */
  remove(workspaceId: string, id: string): Promise<void>;
}

/** A workspace trunk's outbound digest credentials: the password is needed in the clear. */
export interface TrunkSecretRecord {
  username: string;
  password: string;
}

/** Kept out of the event log, the API's answers, exports and logs. */
export interface TrunkSecretStore {
  get(workspaceId: string): Promise<TrunkSecretRecord | undefined>;
  set(workspaceId: string, credentials: TrunkSecretRecord): Promise<void>;
  remove(workspaceId: string): Promise<void>;
}

/** One registered SIP phone of a user, as kept across restarts and takeovers. */
export interface RegistrationRecord {
  workspaceId: string;
  userId: string;
  contact: string;
  peer: { transport: 'udp' | 'tcp'; address: string; port: number };
  expiresAt: number;
  userAgent?: string;
  /** The REGISTER that saved it last: its Call-ID and CSeq number (RFC 3261 §10.3 step 7). */
  callId?: string;
  cseq?: number;
}

/** Which REGISTER of a phone a change comes from: a later CSeq of the same Call-ID wins. */
export interface RegistrationVersion {
  callId: string;
  cseq: number;
}

export interface RegistrationRecords {
  /** Every registration saved and not yet expired (by whichever node saved it). */
  load(): Promise<RegistrationRecord[]>;
  /** One user's, by whichever node saved them. */
  loadUser(workspaceId: string, userId: string): Promise<RegistrationRecord[]>;
  /**
   * One user's phones changed in place, one binding at a time: a node never rewrites the
   * copies it keeps of other nodes' phones, so an un-registration made at one node stays made.
   * The store decides between REGISTERs of one phone racing through two nodes.
   */
  change(change: RegistrationChange): Promise<RegistrationVerdict>;
}

/** A change to one user's saved phones (issue 18). */
export interface RegistrationChange {
  workspaceId: string;
  userId: string;
  /** Registered or refreshed: saved under this node, unless a later REGISTER of the phone is saved. */
  saved: Array<Omit<RegistrationRecord, 'workspaceId' | 'userId'>>;
  /** Un-registered contacts, deleted whichever node saved them; '*' for all the user's. */
  removed: string[];
  /**
   * The un-REGISTER that removed them: kept as a mark until the phone's registration could have
   * lasted, so that an earlier REGISTER of the phone arriving later does not bring it back.
   * Without it the contacts are deleted whatever saved them.
   */
  removedBy?: RegistrationVersion;
  /** This node lets the user's workspace go: the rows it saved of the user are deleted first. */
  releasedHere?: boolean;
  /** One REGISTER (RFC 3261 §10.3 step 7): all its bindings change, or none if one is stale. */
  whole?: boolean;
}

/** What a change did not do: the contacts a later REGISTER of the phone had already changed. */
export interface RegistrationVerdict {
  stale: string[];
}

/**
 * Telephony state outside the event log that every node must see when several share one
 * database (issue 18): a node that takes a workspace over plays its uploaded prompts, dials
 * out with its trunk's credentials and rings the phones registered before. One node on
 * SQLite keeps these as owner-only files beside the database instead.
 */
export interface SharedTelephonyState {
  audio: AudioStore;
  trunkSecrets: TrunkSecretStore;
  registrations: RegistrationRecords;
}
