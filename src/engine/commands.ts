import type { CallbackCommand } from './callback/callback.ts';
import type { ChatCommand } from './chat/events.ts';
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

/** The scheduler fires a due timer with this command; the timer's own command then runs. */
export type TimerCommand = { type: 'timer.fire'; timerId: string };

export type Command =
  | WorkspaceCommand
  | UserCommand
  | PresenceCommand
  | DepartmentCommand
  | NumberCommand
  | ContactCommand
  | GroupCommand
  | IvrMenuCommand
  | CallCommand
  | WorkflowCommand
  | TransferCommand
  | ChatCommand
  | VoicemailCommand
  | SipCommand
  | WebhookCommand
  | CallbackCommand
  | SupervisionCommand
  | RoutingRuleCommand
  | RelaxCommand
  | WrapUpCommand
  | TimerCommand;

export type CommandType = Command['type'];
