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
  state.version += 1;
  // The type read once and handed on: events come in dozens of shapes, so each read of a field
  // is a generic (megamorphic) look-up.
  const type = event.type;
  const prefix = eventPrefix(type);
  const touched = routingTouchedBy(state, event, prefix, type);
  const next = apply(state, event, at, prefix, type);
  syncRouting(next, touched);
  return next;
}

type CallEvolver = (state: WorkspaceState, event: never, at: number) => WorkspaceState;

/**
 * Which evolver takes a call event, by its type: transfers and supervision have their own.
 * Remembered per type (one Map look-up, not two Set ones per call event); bounded, as
 * eventPrefix is, since a log may hold types from other versions.
 */
const callEvolvers = new Map<string, CallEvolver>();

function callEvolver(type: string): CallEvolver {
  let evolver = callEvolvers.get(type);
  if (evolver === undefined) {
    evolver = transferEvents.has(type)
      ? evolveTransfer
      : supervisionEventTypes.has(type)
        ? evolveSupervision
        : evolveCall;
    if (callEvolvers.size < 2_000) callEvolvers.set(type, evolver);
  }
  return evolver;
}

function apply(
  state: WorkspaceState,
  event: Event,
  at: number,
  prefix: string,
  type: string,
): WorkspaceState {
  switch (prefix) {
    case 'workspace':
    case 'billing':
      return evolveWorkspace(state, event as never, at);
    case 'user':
      return evolveUser(state, event as never);
    case 'presence':
      return evolvePresence(state, event as never, at);
    case 'department':
      return evolveDepartment(state, event as never);
    case 'number':
      return evolveNumber(state, event as never);
    case 'contact':
      return evolveContact(state, event as never);
    case 'group':
      return evolveGroup(state, event as never);
    case 'ivr_menu':
      return evolveIvrMenu(state, event as never);
    case 'call':
      return callEvolver(type)(state, event as never, at);
    case 'voicemail':
      return evolveVoicemail(state, event as never);
    case 'chat':
    case 'conversation':
      return evolveChat(state, event as never, at);
    case 'workflow':
      return evolveWorkflow(state, event as never);
    case 'webhook':
      return evolveWebhook(state, event as never);
    case 'callback':
      return evolveCallback(state, event as never, at);
    case 'timer':
      return evolveTimer(state, event as never);
    case 'sip':
      return evolveSip(state, event as never);
    case 'routing_rules':
      return evolveRoutingRule(state, event as never);
    case 'wrap_up':
      return evolveWrapUp(state, event as never);
    default:
      return state;
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
