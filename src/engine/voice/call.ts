import type { E164 } from '../../domain/phone.ts';
import type { IdMap } from '../id-map.ts';
import type { Strategy } from '../routing/strategy.ts';
import type { Transfer } from '../transfer/transfer.ts';
import type { CallAction } from './number-settings.ts';

export type LegStatus = 'ringing' | 'connected' | 'ended';

/** One party's connection to a call: the customer, an agent's phone, or an external number. */
export interface Leg {
  id: string;
  party: 'customer' | 'agent' | 'external';
  userId?: string;
  number?: E164;
  status: LegStatus;
  startedAt: number;
  answeredAt?: number;
  /** Legs to outside numbers cost like outgoing calls (V17): forwards, and the far end of an outgoing call. */
  billable?: boolean;
  /** R4: a supervisor's leg, and how they are on the call (listen, whisper, barge). */
  monitor?: 'listen' | 'whisper' | 'barge';
}

export type CallOutcome =
  | 'answered'
  | 'missed'
  | 'abandoned'
  | 'no_agent'
  | 'out_of_hours'
  | 'voicemail'
  | 'rejected'
  | 'forwarded'
  | 'voicedrop'
  /** R3: the caller left the queue asking to be called back. */
  | 'callback';

/**
 * Where a call is in its inbound pipeline: a message or tone playing, agents being offered
 * the call, connected, or the caller leaving a voicemail.
 */
export type CallPhase =
  | 'playing'
  | 'menu'
  | 'queued'
  | 'ringing'
  | 'connected'
  | 'voicemail'
  | 'forwarding'
  | 'transferring';

/** What plays now and what follows when it ends. */
export interface Playback {
  media:
    | 'welcome'
    | 'message'
    | 'busy_tone'
    | 'ring_free_tone'
    | 'voicemail_greeting'
    | 'menu_prompt'
    | 'voicedrop';
  after: 'route' | 'hang_up' | 'record_voicemail' | 'await_digits';
}

/** Whom a call is being offered to: a number's assigned agents, a group, or one user (extension V11, CRM owner V12). */
export type Pool =
  | { kind: 'number'; id: string }
  | { kind: 'group'; id: string }
  | { kind: 'user'; id: string; why: 'extension' | 'owner' | 'transfer_return' | 'supervisor' };

/** How a call is being offered: the pool, its strategy, and who has been rung for it already. */
export interface Offering {
  pool: Pool;
  strategy: Strategy;
  tried: string[];
  /** simultaneous: everyone available rings at once, a single round. */
  ringAll: boolean;
  ringTimeoutMs: number;
}

export interface Call {
  id: string;
  direction: 'inbound' | 'outbound';
  numberId: string;
  from: E164;
  to: E164;
  contactId?: string;
  phase: CallPhase;
  /**
   * Keyed by leg id: a Map (id-map.ts), since every leg id is new. Read it with get/values,
   * never Object.values or `in` (they see no legs); snapshots store it as a record.
   */
  legs: IdMap<Leg>;
  /** Counter for deterministic leg ids within this call. */
  legCount: number;
  startedAt: number;
  answeredAt?: number;
  agentId?: string;
  offering?: Offering;
  playback?: Playback;
  /** The action the call took when nobody could take it, and why: it sets the outcome. */
  action?: CallAction;
  actionReason?: ActionReason;
  /** V10: the menu the caller is in, and how often it has repeated. */
  menu?: { menuId: string; repeats: number };
  /** V11: digits dialled during the welcome message, for extension dialing. */
  dialled?: string;
  /** When the caller started waiting in a queue, and in which pool. */
  queuedAt?: number;
  queuePool?: Pool;
  /** R1: when the call was first routed to agents: skill requirements relax counting from it. */
  routedAt?: number;
  /** The recording of the segment in progress, and how many segments were recorded (V2). */
  recordingId?: string;
  recordingSegments?: number;
  recordingStartedAt?: number;
  voicemailId?: string;
  voicemailStartedAt?: number;
  /** V14: once forwarded, a call never goes back to agents. */
  forwarded?: boolean;
  /** The customer hears hold music. */
  held?: boolean;
  /** R3: told of the callback option; the number being typed after the callback key. */
  callbackPrompted?: boolean;
  callbackEntry?: string;
  /** The transfer in progress; one at a time. */
  transfer?: Transfer;
}

export type ActionReason =
  | 'out_of_hours'
  | 'offline'
  | 'no_answer'
  | 'mode_reject'
  | 'forward_all'
  | 'forward_refused';

export type LegEndReason =
  | 'answered_elsewhere'
  | 'rejected'
  | 'no_answer'
  | 'hung_up'
  | 'call_ended'
  | 'voicedrop'
  | 'agent_unavailable'
  | 'transferred';

/** The call's legs in a status, or not in it (`except`), in the order they were added; one array per ask (several per call event). */
function legsWhere(call: Call, status: LegStatus, except: boolean): Leg[] {
  const legs: Leg[] = [];
  for (const leg of call.legs.values()) {
    if ((leg.status === status) !== except) legs.push(leg);
  }
  return legs;
}

export const liveLegs = (call: Call) => legsWhere(call, 'ended', true);

export const ringingLegs = (call: Call) => legsWhere(call, 'ringing', false);

export const nextLegId = (call: Call) => `${call.id}.${call.legCount + 1}`;
