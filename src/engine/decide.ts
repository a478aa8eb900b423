import { DomainError } from '../domain/errors.ts';
import { decideCallback } from './callback/decide.ts';
import { followCallbacks } from './callback/follow.ts';
import { afterChatEvents } from './chat/after.ts';
import { decideChat } from './chat/decide.ts';
import {
  isCallbackCommand,
  isCallCommand,
  isChatCommand,
  isContactCommand,
  isDepartmentCommand,
  isGroupCommand,
  isIvrMenuCommand,
  isNumberCommand,
  isPresenceCommand,
  isRelaxCommand,
  isRoutingRuleCommand,
  isSipCommand,
  isSupervisionCommand,
  isTransferCommand,
  isUserCommand,
  isVoicemailCommand,
  isWebhookCommand,
  isWorkflowCommand,
  isWorkspaceCommand,
  isWrapUpCommand,
  unhandledCommand,
} from './command-routing.ts';
import type { Command } from './commands.ts';
import type { Event } from './events.ts';
import { decideRelax, scheduleRelaxations } from './routing/relax.ts';
import { decideRoutingRule } from './routing/rules.ts';
import type { WorkspaceState } from './state.ts';
import { decideSupervision } from './supervision/decide.ts';
import { followMonitors } from './supervision/follow.ts';
import { decideTransfer } from './transfer/decide.ts';
import { type Actor, Tx } from './tx.ts';
import { decideCall, stopRingingFor } from './voice/decide.ts';
import { decideGroup } from './voice/groups.ts';
import { decideIvrMenu } from './voice/ivr-menus.ts';
import { freedAgents, offerRequeuedCalls, serveQueues } from './voice/queue.ts';
import { decideVoicemail } from './voice/voicemails.ts';
import { decideWorkflow } from './workflow/decide.ts';
import { anyWorkflow } from './workflow/defined.ts';
import { startWorkflowRuns } from './workflow/triggers.ts';
import { decideContact } from './workspace/contacts.ts';
import { decideDepartment } from './workspace/departments.ts';
import { decideNumber } from './workspace/numbers.ts';
import { decidePresence } from './workspace/presence.ts';
import { decideSip } from './workspace/sip.ts';
import { decideUser } from './workspace/users.ts';
import { decideWebhook } from './workspace/webhooks.ts';
import { decideWorkspace } from './workspace/workspace.ts';
import { decideWrapUp } from './workspace/wrap-up.ts';

export type Decision =
  | { ok: true; events: Event[]; state: WorkspaceState }
  | {
      ok: false;
      error: DomainError;
      /** True when the decider failed after emitting: the state was changed and must be rebuilt. */
      dirty: boolean;
    };

/**
 * decide(state, command, now) → events. Pure: time arrives as `now`, randomness from
 * state.rng, and nothing is read or written outside the state. The returned state is the
 * given one with the events applied (see evolve: it changes in place).
 */
export function decide(
  state: WorkspaceState,
  command: Command,
  now: number,
  actor: Actor = { kind: 'system' },
): Decision {
  const tx = new Tx(state, now, actor);
  try {
    route(tx, command);
    return { ok: true, events: tx.events, state: tx.state };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { ok: false, error, dirty: tx.events.length > 0 };
  }
}

function route(tx: Tx, command: Command): void {
  decideCommand(tx, command);
  // Whatever freed an agent (a call ended, presence back online, more capacity), the oldest waiting call goes first.
  if (tx.state.waiting.length > 0) {
    const freed = freedAgents(tx);
    if (freed) serveQueues(tx, freed);
  }
  // The events as they stood before this loop (stopping a phone ringing emits more).
  const decided = tx.events.length;
  for (let index = 0; index < decided; index += 1) {
    if (tx.types[index] !== 'presence.changed') continue;
    const event = tx.eventOf(index, 'presence.changed');
    if (event.to !== 'online' && (tx.state.users[event.userId]?.ringingLegs ?? 0) > 0)
      stopRingingFor(tx, event.userId);
  }
  if (tx.state.waiting.length > 0) offerRequeuedCalls(tx);
  // R4: a supervisor on a call this decision rewired hears what it is now.
  followMonitors(tx, tx.events);
  // F2: workflows start on what this decision did (conversations opened or unassigned, calls
  // missed), before chat capacity is settled, so an agent a workflow takes a conversation from is served too.
  if (anyWorkflow(tx.state.workflows)) startWorkflowRuns(tx, [...tx.events], tx.endedCalls);
  // R3: callers told of the callback option, placed callbacks settled, offers of agents gone given back.
  followCallbacks(tx);
  afterChatEvents(tx);
  scheduleRelaxations(tx);
}

function decideCommand(tx: Tx, command: Command): void {
  if (command.type !== 'workspace.create' && !tx.state.exists)
    throw new DomainError('not_found', `workspace ${tx.state.id} does not exist`);
  if (command.type === 'timer.fire') return fireTimer(tx, command.timerId);
  // Calls first: most commands are (each type belongs to one capability, so the order is free).
  if (isCallCommand(command)) return decideCall(tx, command);
  if (isWorkspaceCommand(command)) return decideWorkspace(tx, command);
  if (isUserCommand(command)) return decideUser(tx, command);
  if (isPresenceCommand(command)) return decidePresence(tx, command);
  if (isDepartmentCommand(command)) return decideDepartment(tx, command);
  if (isNumberCommand(command)) return decideNumber(tx, command);
  if (isContactCommand(command)) return decideContact(tx, command);
  if (isGroupCommand(command)) return decideGroup(tx, command);
  if (isIvrMenuCommand(command)) return decideIvrMenu(tx, command);
  if (isTransferCommand(command)) return decideTransfer(tx, command);
  if (isSupervisionCommand(command)) return decideSupervision(tx, command);
  if (isVoicemailCommand(command)) return decideVoicemail(tx, command);
  if (isChatCommand(command)) return decideChat(tx, command);
  if (isWorkflowCommand(command)) return decideWorkflow(tx, command);
  if (isSipCommand(command)) return decideSip(tx, command);
  if (isWebhookCommand(command)) return decideWebhook(tx, command);
  if (isCallbackCommand(command)) return decideCallback(tx, command);
  if (isRoutingRuleCommand(command)) return decideRoutingRule(tx, command);
  if (isRelaxCommand(command)) return decideRelax(tx, command);
  if (isWrapUpCommand(command)) return decideWrapUp(tx, command);
  // Every command type is routed above (a new one that is not does not compile); a timer's
  // stored command from an older server may still name one that no longer exists.
  return unhandledCommand(command);
}

/** A timer fires once: it is cleared first, then its command runs as the timer's actor. */
function fireTimer(tx: Tx, timerId: string): void {
  const timer = tx.state.timers.get(timerId);
  // Gone, or moved later since the scheduler took it: nothing is due.
  if (!timer || timer.at > tx.now) return;
  tx.emit({ type: 'timer.cleared', timerId, reason: 'fired' });
  try {
    decideCommand(tx, timer.command);
  } catch (error) {
    // What the timer was for has gone (the call ended, say): the timer is spent all the same.
    if (!(error instanceof DomainError)) throw error;
  }
}
