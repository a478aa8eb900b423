import type { E164 } from '../../domain/phone.ts';
import type { Pool } from '../voice/call.ts';

/**
 * R3: a caller waiting in a queue asks to be called back instead of waiting on the line.
 * The callback takes the caller's entry in the waiting list (their place and their time),
 * so it is served exactly when the call would have been, and never before anyone who was
 * waiting before the caller.
 */
export interface Callback {
  id: string;
  /** The call in which the caller asked for it (ended since). */
  callId: string;
  numberId: string;
  pool: Pool;
  /** Whom to call: the caller's own number, or the digits they typed. */
  to: E164;
  /** When the caller started waiting: the callback's place among waiting calls. */
  queuedAt: number;
  requestedAt: number;
  status: CallbackStatus;
  /** Calls placed for it so far. */
  attempts: number;
  /** The agent it is offered to, or who is placing it. */
  userId?: string;
  /** The call placed to the customer now. */
  placedCallId?: string;
  retryAt?: number;
}

/** waiting: in the queue; offered: an agent decides; dialing: the call to the customer is placed; retry: waiting to try again. */
export type CallbackStatus = 'waiting' | 'offered' | 'dialing' | 'retry';

/**
 * answered: the customer answered the agent; no_answer: every attempt rang out;
 * abandoned: given up before anyone answered (cancelled by a supervisor or the agent, or its number removed).
 */
export type CallbackOutcome = 'answered' | 'no_answer' | 'abandoned';

/** agent_first: the agent accepts, then the customer is called; auto: the customer is called at once, with the agent on the line. */
export type CallbackMode = 'agent_first' | 'auto';

/** Per number (its queue's callback option). */
export interface CallbackSettings {
  enabled: boolean;
  /** The key a waiting caller presses (0-9 or *; # ends a typed number). */
  key: string;
  mode: CallbackMode;
  /** Further attempts after an unanswered one (0–5). */
  retries: number;
  retryDelaySec: number;
  /** What the waiting caller hears once, when they start waiting. */
  prompt?: string;
}

export const defaultCallbackSettings: CallbackSettings = {
  enabled: false,
  key: '*',
  mode: 'agent_first',
  retries: 2,
  retryDelaySec: 300,
};

export const callbackModes = ['agent_first', 'auto'] as const;
export const callbackOutcomes = ['answered', 'no_answer', 'abandoned'] as const;

export const callbackIdOf = (callId: string) => `cb_${callId}`;
export const placedCallIdOf = (callback: Callback) => `${callback.id}_${callback.attempts + 1}`;
/** The callback a call placed for it belongs to: its id less the attempt. */
export function callbackIdOfPlaced(callId: string): string | undefined {
  const cut = callId.lastIndexOf('_');
  return callId.startsWith('cb_') && cut > 0 ? callId.slice(0, cut) : undefined;
}
export const offerTimerId = (callbackId: string) => `cb_offer:${callbackId}`;
export const retryTimerId = (callbackId: string) => `cb_retry:${callbackId}`;

export const promptFor = (settings: CallbackSettings) =>
  settings.prompt ??
  `To be called back without losing your place, press ${settings.key === '*' ? 'star' : settings.key}, then hash to use this number, or type another number and hash.`;

export type CallbackCommand =
  | { type: 'callback.accept'; callbackId: string; userId: string }
  | { type: 'callback.decline'; callbackId: string; userId: string }
  /** A supervisor (or the agent it is offered to) gives it up. */
  | { type: 'callback.cancel'; callbackId: string; userId?: string }
  | { type: 'callback.offer_timeout'; callbackId: string }
  | { type: 'callback.retry'; callbackId: string };

export type CallbackEvent =
  | { type: 'callback.prompted'; callId: string; key: string; text: string }
  /** The caller pressed the key: what they typed since (empty: nothing yet). */
  | { type: 'callback.entering'; callId: string; digits: string }
  | {
      type: 'callback.requested';
      callbackId: string;
      callId: string;
      numberId: string;
      pool: Pool;
      to: E164;
      queuedAt: number;
      typed: boolean;
    }
  | { type: 'callback.offered'; callbackId: string; userId: string; mode: CallbackMode }
  | {
      type: 'callback.returned';
      callbackId: string;
      userId: string;
      reason: 'declined' | 'no_response' | 'agent_unavailable';
    }
  | { type: 'callback.dialing'; callbackId: string; userId: string; callId: string; attempt: number }
  | { type: 'callback.connected'; callbackId: string; callId: string; userId?: string }
  | { type: 'callback.retry_scheduled'; callbackId: string; at: number; attempt: number }
  | { type: 'callback.requeued'; callbackId: string }
  | {
      type: 'callback.finished';
      callbackId: string;
      outcome: CallbackOutcome;
      userId?: string;
      /** Why it was given up, when nobody chose to (its number was removed). */
      reason?: 'number_removed';
    };
