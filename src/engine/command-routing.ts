import { DomainError } from '../domain/errors.ts';
import type { CallbackCommand } from './callback/callback.ts';
import type { ChatCommand } from './chat/events.ts';
import type { Command } from './commands.ts';
import type { RelaxCommand } from './routing/relax.ts';
import type { RoutingRuleCommand } from './routing/rules.ts';
import type { SupervisionCommand } from './supervision/monitor.ts';
import type { TransferCommand } from './transfer/events.ts';
import type { CallCommand } from './voice/events.ts';
import type { GroupCommand } from './voice/groups.ts';
import type { IvrMenuCommand } from './voice/ivr-menus.ts';
import type { VoicemailCommand } from './voice/voicemails.ts';
import type { WorkflowCommand } from './workflow/events.ts';
import type { ContactCommand } from './workspace/contacts.ts';
import type { DepartmentCommand } from './workspace/departments.ts';
import type { NumberCommand } from './workspace/numbers.ts';
import type { PresenceCommand } from './workspace/presence.ts';
import type { SipCommand } from './workspace/sip.ts';
import type { UserCommand } from './workspace/users.ts';
import type { WebhookCommand } from './workspace/webhooks.ts';
import type { WorkspaceCommand } from './workspace/workspace.ts';
import type { WrapUpCommand } from './workspace/wrap-up.ts';

/*
 * Which capability decides each command. Each list is a record over its capability's
 * command union, so the compiler refuses a list that misses a command or names one that
 * does not exist; decide.ts narrows with these guards and ends on `never`, so a capability
 * left unrouted does not compile either. A command's prefix says nothing here (call.hold is
 * a transfer command).
 */

type Routed<C extends Command> = Readonly<Record<C['type'], true>>;

const guard =
  <C extends Command>(types: Routed<C>) =>
  (command: Command): command is C =>
    Object.hasOwn(types, command.type);

export const isWorkspaceCommand = guard<WorkspaceCommand>({
  'workspace.create': true,
  'workspace.update': true,
  'billing.update': true,
  'billing.top_up': true,
});

export const isUserCommand = guard<UserCommand>({
  'user.create': true,
  'user.update': true,
  'user.remove': true,
});

export const isPresenceCommand = guard<PresenceCommand>({
  'presence.set': true,
});

export const isDepartmentCommand = guard<DepartmentCommand>({
  'department.create': true,
  'department.update': true,
  'department.remove': true,
});

export const isNumberCommand = guard<NumberCommand>({
  'number.add': true,
  'number.update': true,
  'number.configure': true,
  'number.remove': true,
});

export const isContactCommand = guard<ContactCommand>({
  'contact.create': true,
  'contact.update': true,
  'contact.remove': true,
});

export const isGroupCommand = guard<GroupCommand>({
  'group.create': true,
  'group.update': true,
  'group.remove': true,
});

export const isIvrMenuCommand = guard<IvrMenuCommand>({
  'ivr_menu.create': true,
  'ivr_menu.update': true,
  'ivr_menu.remove': true,
});

export const isCallCommand = guard<CallCommand>({
  'call.answer_leg': true,
  'call.dtmf': true,
  'call.hangup_leg': true,
  'call.inbound': true,
  'call.menu_timeout': true,
  'call.outbound': true,
  'call.playback_finished': true,
  'call.playback_length': true,
  'call.quality': true,
  'call.queue_timeout': true,
  'call.reject_leg': true,
  'call.ring_timeout': true,
  'call.telephony_lost': true,
  'call.voicedrop': true,
  'call.voicemail_timeout': true,
});

export const isTransferCommand = guard<TransferCommand>({
  'call.hold': true,
  'call.resume': true,
  'call.transfer': true,
  'call.transfer_timeout': true,
  'call.transfer_complete': true,
  'call.transfer_conference': true,
  'call.transfer_cancel': true,
});

export const isSupervisionCommand = guard<SupervisionCommand>({
  'call.monitor': true,
  'call.monitor_mode': true,
  'call.supervisor_transfer': true,
});

export const isCallbackCommand = guard<CallbackCommand>({
  'callback.accept': true,
  'callback.decline': true,
  'callback.cancel': true,
  'callback.offer_timeout': true,
  'callback.retry': true,
});

export const isRoutingRuleCommand = guard<RoutingRuleCommand>({
  'routing_rules.set': true,
});

export const isRelaxCommand = guard<RelaxCommand>({
  'routing.relax_call': true,
  'routing.relax_conversation': true,
});

export const isWrapUpCommand = guard<WrapUpCommand>({
  'wrap_up.end': true,
  'wrap_up.extend': true,
  'wrap_up.elapse': true,
});

export const isVoicemailCommand = guard<VoicemailCommand>({
  'voicemail.mark_heard': true,
});

export const isChatCommand = guard<ChatCommand>({
  'chat.configure_department': true,
  'conversation.incoming': true,
  'conversation.assign': true,
  'conversation.transfer': true,
  'conversation.reply': true,
  'conversation.note': true,
  'conversation.hold': true,
  'conversation.resume': true,
  'conversation.resolve': true,
});

export const isWorkflowCommand = guard<WorkflowCommand>({
  'workflow.publish': true,
  'workflow.remove': true,
  'workflow.resume': true,
  'workflow.save_draft': true,
  'workflow.set_enabled': true,
});

export const isSipCommand = guard<SipCommand>({
  'sip.configure_trunk': true,
  'sip.device_registered': true,
  'sip.devices_gone': true,
  'sip.remove_account': true,
  'sip.set_account': true,
});

export const isWebhookCommand = guard<WebhookCommand>({
  'webhook.create': true,
  'webhook.update': true,
  'webhook.remove': true,
});

/**
 * A decider's last branch handles the one command type left: guard it with
 * `if (command.type !== 'x.last') return unhandledCommand(command);`, which compiles only while
 * command is narrowed to never, so a command added to the capability must get its own branch.
 */
export function unhandledCommand(command: never): never {
  const type = (command as { type?: unknown }).type;
  throw new DomainError('validation', `unknown command ${String(type)}`, 'type');
}
