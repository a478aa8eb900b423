import type { CallbackEvent } from './callback/callback.ts';
import type { ChatEvent } from './chat/events.ts';
import type { RelaxEvent } from './routing/relax.ts';
import type { RoutingRuleEvent } from './routing/rules.ts';
import type { SupervisionEvent } from './supervision/monitor.ts';
import type { TimerEvent } from './timers.ts';
import type { TransferEvent } from './transfer/events.ts';
import type { CallEvent } from './voice/events.ts';
import type { GroupEvent } from './voice/groups.ts';
import type { IvrMenuEvent } from './voice/ivr-menus.ts';
import type { VoicemailEvent } from './voice/voicemails.ts';
import type { WorkflowEvent } from './workflow/events.ts';
import type { ContactEvent } from './workspace/contacts.ts';
import type { DepartmentEvent } from './workspace/departments.ts';
import type { NumberEvent } from './workspace/numbers.ts';
import type { PresenceEvent } from './workspace/presence.ts';
import type { SipEvent } from './workspace/sip.ts';
import type { UserEvent } from './workspace/users.ts';
import type { WebhookEvent } from './workspace/webhooks.ts';
import type { WorkspaceEvent } from './workspace/workspace.ts';
import type { WrapUpEvent } from './workspace/wrap-up.ts';

export type Event =
  | WorkspaceEvent
  | UserEvent
  | PresenceEvent
  | DepartmentEvent
  | NumberEvent
  | ContactEvent
  | GroupEvent
  | IvrMenuEvent
  | CallEvent
  | WorkflowEvent
  | TransferEvent
  | ChatEvent
  | VoicemailEvent
  | SipEvent
  | WebhookEvent
  | CallbackEvent
  | SupervisionEvent
  | RoutingRuleEvent
  | RelaxEvent
  | WrapUpEvent
  | TimerEvent;

export type EventType = Event['type'];

/** An event as stored: the engine's event plus its place in the workspace's log. */
export interface StoredEvent<E extends Event = Event> {
  workspaceId: string;
  seq: number;
  at: number;
  event: E;
}
