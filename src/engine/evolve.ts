import { evolveCallback } from './callback/evolve.ts';
import { evolveChat } from './chat/evolve.ts';
import { eventPrefix } from './event-prefix.ts';
import type { Event } from './events.ts';
import { routingTouchedBy, syncRouting } from './routing/evolve-routing.ts';
import { evolveRoutingRule } from './routing/rules.ts';
import type { WorkspaceState } from './state.ts';
import { evolveSupervision } from './supervision/evolve.ts';
import { supervisionEventTypes } from './supervision/monitor.ts';
import { clearTimer, setTimer } from './timer-ids.ts';
import { evolveTransfer } from './transfer/evolve.ts';
import { evolveCall } from './voice/evolve.ts';
import { evolveGroup } from './voice/groups.ts';
import { evolveIvrMenu } from './voice/ivr-menus.ts';
import { evolveVoicemail } from './voice/voicemails.ts';
import { evolveWorkflow } from './workflow/evolve.ts';
import { evolveContact } from './workspace/contacts.ts';
import { evolveDepartment } from './workspace/departments.ts';
import { evolveNumber } from './workspace/numbers.ts';
import { evolvePresence } from './workspace/presence.ts';
import { evolveSip } from './workspace/sip.ts';
import { evolveUser } from './workspace/users.ts';
import { evolveWebhook } from './workspace/webhooks.ts';
import { evolveWorkspace } from './workspace/workspace.ts';
import { evolveWrapUp } from './workspace/wrap-up.ts';

/**
 * Applies one event to the state and returns it. It changes the state in place: each
 * workspace has one state owned by its runtime actor, and copying 10,000 agents per
 * event would cost more than the decision itself.
 */
const transferEvents = new Set<string>([
  'call.held',
  'call.resumed',
  'call.transfer_started',
  'call.transfer_completed',
  'call.transfer_failed',
  'call.transfer_consulting',
  'call.transfer_conference_started',
  'call.transfer_cancelled',
  'call.transfer_became_direct',
]);

export function evolve(state: WorkspaceState, event: Event, at = 0): WorkspaceState {
  // The type read once and handed on: events come in dozens of shapes, so each read of a field
  // is a generic (megamorphic) look-up.
  return evolveTyped(state, event, at, event.type);
}

/** evolve, for a caller that has read the event's type already (Tx.emit). */
export function evolveTyped(
  state: WorkspaceState,
  event: Event,
  at: number,
  type: Event['type'],
): WorkspaceState {
  state.version += 1;
  const kind = kindOf(type);
  const touched = routingTouchedBy(state, event, kind.prefix, type);
  const next = kind.evolve(state, event as never, at);
  syncRouting(next, touched);
  return next;
}

type Evolver = (state: WorkspaceState, event: never, at: number) => WorkspaceState;

/** An event type's capability prefix and the evolver that applies it. */
interface EventKind {
  prefix: string;
  evolve: Evolver;
}

/**
 * Each type's kind, remembered: one Map look-up per event instead of one for the prefix and,
 * for a call event, two Set look-ups for its evolver. Bounded, as eventPrefix is, since a log
 * may hold types from other versions.
 */
const kinds = new Map<string, EventKind>();

function kindOf(type: string): EventKind {
  let kind = kinds.get(type);
  if (kind === undefined) {
    const prefix = eventPrefix(type);
    kind = { prefix, evolve: evolverOf(prefix, type) };
    if (kinds.size < 2_000) kinds.set(type, kind);
  }
  return kind;
}

const unchanged: Evolver = (state) => state;

function evolverOf(prefix: string, type: string): Evolver {
  switch (prefix) {
    case 'workspace':
    case 'billing':
      return evolveWorkspace;
    case 'user':
      return evolveUser;
    case 'presence':
      return evolvePresence;
    case 'department':
      return evolveDepartment;
    case 'number':
      return evolveNumber;
    case 'contact':
      return evolveContact;
    case 'group':
      return evolveGroup;
    case 'ivr_menu':
      return evolveIvrMenu;
    case 'call':
      if (transferEvents.has(type)) return evolveTransfer;
      if (supervisionEventTypes.has(type)) return evolveSupervision;
      return evolveCall;
    case 'voicemail':
      return evolveVoicemail;
    case 'chat':
    case 'conversation':
      return evolveChat;
    case 'workflow':
      return evolveWorkflow;
    case 'webhook':
      return evolveWebhook;
    case 'callback':
      return evolveCallback;
    case 'timer':
      return evolveTimer;
    case 'sip':
      return evolveSip;
    case 'routing_rules':
      return evolveRoutingRule;
    case 'wrap_up':
      return evolveWrapUp;
    default:
      return unchanged;
  }
}

function evolveTimer(
  state: WorkspaceState,
  event: Extract<Event, { type: `timer.${string}` }>,
): WorkspaceState {
  if (event.type === 'timer.set') setTimer(state.timers, event.timer);
  else clearTimer(state.timers, event.timerId);
  return state;
}
