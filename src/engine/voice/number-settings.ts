import type { CountryCode } from 'libphonenumber-js/max';
import { invalid } from '../../domain/errors.ts';
import { checkWorkingHours, type WorkingHours } from '../../domain/hours.ts';
import { type E164, toE164 } from '../../domain/phone.ts';
import { optionalText } from '../../domain/text.ts';
import {
  type CallbackSettings,
  checkCallbackSettings,
  defaultCallbackSettings,
} from '../callback/settings.ts';
import { type Strategy, strategies } from '../routing/strategy.ts';

/** V6: what happens to a call nobody can take. */
export type CallAction =
  | { kind: 'ring_free' }
  | { kind: 'busy' }
  | { kind: 'hang_up' }
  | { kind: 'message'; message: string }
  | { kind: 'voicemail'; greeting?: string }
  | { kind: 'forward'; to: E164 };

export const callActionKinds = ['ring_free', 'busy', 'hang_up', 'message', 'voicemail', 'forward'] as const;

export type InboundMode = 'receive' | 'forward_all' | 'reject';

/** Where a received call goes after hours, mode and welcome: the assigned agents, a group (V13) or an IVR menu (V10). */
export type NumberRoute =
  | { kind: 'agents' }
  | { kind: 'group'; groupId: string }
  | { kind: 'ivr'; menuId: string };

/** V1: every setting belongs to one number. */
export interface NumberSettings {
  /** V2 */
  record: boolean;
  /** V4 */
  mode: InboundMode;
  /** V4: the target of forward_all. */
  forwardTo?: E164;
  /** V5 */
  strategy: Strategy;
  /** How long one offer rings before the next agent is tried (5–600 s). */
  ringTimeoutSec: number;
  /** V6: no assigned agent online, or mode reject. */
  offlineAction: CallAction;
  /** Agents were online but nobody answered. */
  noAnswerAction: CallAction;
  /** V7: played before ringing, in receive mode with an agent online. */
  welcomeMessage?: string;
  /** V9: dropped on an outgoing call that reaches a voicemail box. */
  voicedropMessage?: string;
  /** V16: forwarded legs present the caller's number (rented numbers only). */
  passCallerId: boolean;
  /** V3: when set, calls outside these hours take outOfHoursAction, before anything else. */
  hours?: WorkingHours;
  outOfHoursAction: CallAction;
  route: NumberRoute;
  /** V12: a caller known in the CRM goes first to the contact's responsible user. */
  ownerRouting: boolean;
  /** V11: during the welcome message the caller may dial an employee's extension. */
  extensionDialing: boolean;
  /** When every eligible agent is busy the caller waits, with hold music, up to these limits. */
  queue: QueueSettings;
  /** R3: a waiting caller may press a key to be called back, keeping their place. Absent: off. */
  callback?: CallbackSettings;
}

export interface QueueSettings {
  enabled: boolean;
  /** After this wait the call takes the no-answer fallback. */
  maxWaitSec: number;
  /** A caller arriving to a full queue takes the no-answer fallback at once. */
  maxLength: number;
  /** 0–9: where agents are shared, calls to a higher-priority number are served first; FIFO within a priority. */
  priority: number;
}

export const defaultNumberSettings: NumberSettings = {
  record: false,
  mode: 'receive',
  strategy: 'simultaneous',
  ringTimeoutSec: 30,
  offlineAction: { kind: 'voicemail' },
  noAnswerAction: { kind: 'voicemail' },
  passCallerId: false,
  outOfHoursAction: { kind: 'voicemail' },
  route: { kind: 'agents' },
  ownerRouting: false,
  extensionDialing: false,
  queue: { enabled: true, maxWaitSec: 300, maxLength: 50, priority: 0 },
};

export type NumberSettingsPatch = Partial<{
  record: boolean;
  mode: InboundMode;
  forwardTo: string | null;
  strategy: Strategy;
  ringTimeoutSec: number;
  offlineAction: CallAction;
  noAnswerAction: CallAction;
  welcomeMessage: string | null;
  voicedropMessage: string | null;
  passCallerId: boolean;
  hours: WorkingHours | null;
  outOfHoursAction: CallAction;
  route: NumberRoute;
  ownerRouting: boolean;
  extensionDialing: boolean;
  queue: Partial<QueueSettings>;
  /** null turns the option off (as if never set). */
  callback: Partial<CallbackSettings> | null;
}>;

/** What the settings refer to, so a route never points at a group or menu that does not exist. */
export interface SettingsRefs {
  hasGroup(groupId: string): boolean;
  hasMenu(menuId: string): boolean;
}

function checkRoute(route: NumberRoute, refs: SettingsRefs): NumberRoute {
  if (route?.kind === 'agents') return { kind: 'agents' };
  if (route?.kind === 'group') {
    if (!refs.hasGroup(route.groupId))
      throw invalid('route.groupId', `group ${route.groupId} does not exist`);
    return { kind: 'group', groupId: route.groupId };
  }
  if (route?.kind === 'ivr') {
    if (!refs.hasMenu(route.menuId)) throw invalid('route.menuId', `menu ${route.menuId} does not exist`);
    return { kind: 'ivr', menuId: route.menuId };
  }
  throw invalid('route.kind', 'route.kind must be agents, group or ivr');
}

export function checkCallAction(action: CallAction, field: string, country?: CountryCode): CallAction {
  if (!(callActionKinds as readonly string[]).includes(action?.kind))
    throw invalid(`${field}.kind`, `${field}.kind must be one of ${callActionKinds.join(', ')}`);
  if (action.kind === 'message') {
    const message = optionalText(action.message, `${field}.message`, 2000);
    if (!message) throw invalid(`${field}.message`, `${field}.message is needed to play a message`);
    return { kind: 'message', message };
  }
  if (action.kind === 'voicemail') {
    const greeting = optionalText(action.greeting, `${field}.greeting`, 2000);
    return greeting ? { kind: 'voicemail', greeting } : { kind: 'voicemail' };
  }
  if (action.kind === 'forward')
    return { kind: 'forward', to: toE164(action.to ?? '', `${field}.to`, country) };
  return { kind: action.kind };
}

function checkQueue(queue: QueueSettings): QueueSettings {
  if (!Number.isInteger(queue.maxWaitSec) || queue.maxWaitSec < 10 || queue.maxWaitSec > 3600)
    throw invalid('queue.maxWaitSec', 'queue.maxWaitSec must be a whole number of seconds from 10 to 3600');
  if (!Number.isInteger(queue.maxLength) || queue.maxLength < 1 || queue.maxLength > 10_000)
    throw invalid('queue.maxLength', 'queue.maxLength must be a whole number from 1 to 10000');
  if (!Number.isInteger(queue.priority) || queue.priority < 0 || queue.priority > 9)
    throw invalid('queue.priority', 'queue.priority must be a whole number from 0 to 9');
  return {
    enabled: queue.enabled !== false,
    maxWaitSec: queue.maxWaitSec,
    maxLength: queue.maxLength,
    priority: queue.priority,
  };
}

/** Applies a patch to settings, checking every field; the result is whole and valid. */
export function patchNumberSettings(
  base: NumberSettings,
  patch: NumberSettingsPatch,
  refs: SettingsRefs,
  country?: CountryCode,
): NumberSettings {
  const next: NumberSettings = { ...base };
  if (patch.route !== undefined) next.route = checkRoute(patch.route, refs);
  if (patch.ownerRouting !== undefined) next.ownerRouting = patch.ownerRouting;
  if (patch.extensionDialing !== undefined) next.extensionDialing = patch.extensionDialing;
  if (patch.queue !== undefined) next.queue = checkQueue({ ...base.queue, ...patch.queue });
  if (patch.callback === null) delete next.callback;
  else if (patch.callback !== undefined)
    next.callback = checkCallbackSettings({
      ...(base.callback ?? defaultCallbackSettings),
      ...patch.callback,
    });
  if (patch.record !== undefined) next.record = patch.record;
  if (patch.passCallerId !== undefined) next.passCallerId = patch.passCallerId;
  if (patch.mode !== undefined) {
    if (!['receive', 'forward_all', 'reject'].includes(patch.mode))
      throw invalid('mode', 'mode must be receive, forward_all or reject');
    next.mode = patch.mode;
  }
  if (patch.forwardTo !== undefined)
    next.forwardTo = patch.forwardTo === null ? undefined : toE164(patch.forwardTo, 'forwardTo', country);
  if (patch.strategy !== undefined) {
    if (!(strategies as readonly string[]).includes(patch.strategy))
      throw invalid('strategy', `strategy must be one of ${strategies.join(', ')}`);
    next.strategy = patch.strategy;
  }
  if (patch.ringTimeoutSec !== undefined) {
    const value = patch.ringTimeoutSec;
    if (!Number.isInteger(value) || value < 5 || value > 600)
      throw invalid('ringTimeoutSec', 'ringTimeoutSec must be a whole number of seconds from 5 to 600');
    next.ringTimeoutSec = value;
  }
  if (patch.offlineAction !== undefined)
    next.offlineAction = checkCallAction(patch.offlineAction, 'offlineAction', country);
  if (patch.noAnswerAction !== undefined)
    next.noAnswerAction = checkCallAction(patch.noAnswerAction, 'noAnswerAction', country);
  if (patch.welcomeMessage !== undefined)
    next.welcomeMessage = optionalText(patch.welcomeMessage, 'welcomeMessage', 2000);
  if (patch.voicedropMessage !== undefined)
    next.voicedropMessage = optionalText(patch.voicedropMessage, 'voicedropMessage', 2000);
  if (patch.hours !== undefined)
    next.hours = patch.hours === null ? undefined : checkWorkingHours(patch.hours);
  if (patch.outOfHoursAction !== undefined)
    next.outOfHoursAction = checkCallAction(patch.outOfHoursAction, 'outOfHoursAction', country);
  if (next.mode === 'forward_all' && !next.forwardTo)
    throw invalid('forwardTo', 'forward_all needs forwardTo, the number every call goes to');
  for (const key of ['forwardTo', 'welcomeMessage', 'voicedropMessage', 'hours'] as const)
    if (next[key] === undefined) delete next[key];
  return next;
}
