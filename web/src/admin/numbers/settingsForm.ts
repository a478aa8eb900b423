import type { Body } from '../../api/contract.ts';
import { looksLikePhone } from '../../components/phone.ts';
import { checkHours, type HoursForm, hoursFromForm, hoursToForm } from '../hours/form.ts';
import type { CallAction, InboundMode, NumberKind, NumberSettings, PhoneNumber, Strategy } from './types.ts';

/** One number's page as the admin edits it: numbers stay text until saved, so typing is free. */
export interface SettingsForm {
  label: string;
  kind: NumberKind;
  assignedUserIds: string[];
  record: boolean;
  mode: InboundMode;
  forwardTo: string;
  passCallerId: boolean;
  strategy: Strategy;
  ringTimeoutSec: string;
  queueEnabled: boolean;
  queueMaxWaitSec: string;
  queueMaxLength: string;
  queuePriority: string;
  offlineAction: CallAction;
  noAnswerAction: CallAction;
  outOfHoursAction: CallAction;
  welcomeMessage: string;
  voicedropMessage: string;
  routeKind: 'agents' | 'group' | 'ivr';
  routeGroupId: string;
  routeMenuId: string;
  ownerRouting: boolean;
  extensionDialing: boolean;
  hours: HoursForm;
}

export function toForm(number: PhoneNumber, settings: NumberSettings, defaultTimeZone: string): SettingsForm {
  const route = settings.route;
  return {
    label: number.label,
    kind: number.kind,
    assignedUserIds: [...number.assignedUserIds],
    record: settings.record,
    mode: settings.mode,
    forwardTo: settings.forwardTo ?? '',
    passCallerId: settings.passCallerId,
    strategy: settings.strategy,
    ringTimeoutSec: String(settings.ringTimeoutSec),
    queueEnabled: settings.queue.enabled,
    queueMaxWaitSec: String(settings.queue.maxWaitSec),
    queueMaxLength: String(settings.queue.maxLength),
    queuePriority: String(settings.queue.priority),
    offlineAction: { ...settings.offlineAction },
    noAnswerAction: { ...settings.noAnswerAction },
    outOfHoursAction: { ...settings.outOfHoursAction },
    welcomeMessage: settings.welcomeMessage ?? '',
    voicedropMessage: settings.voicedropMessage ?? '',
    routeKind: route.kind,
    routeGroupId: (route.kind === 'group' && route.groupId) || '',
    routeMenuId: (route.kind === 'ivr' && route.menuId) || '',
    ownerRouting: settings.ownerRouting,
    extensionDialing: settings.extensionDialing,
    hours: hoursToForm(settings.hours, defaultTimeZone),
  };
}

/** Only the fields the action's kind uses, so a stale message never rides along. */
export function actionBody(action: CallAction): CallAction {
  if (action.kind === 'message') return { kind: 'message', message: action.message ?? '' };
  if (action.kind === 'voicemail')
    return action.greeting?.trim() ? { kind: 'voicemail', greeting: action.greeting } : { kind: 'voicemail' };
  if (action.kind === 'forward') return { kind: 'forward', to: action.to ?? '' };
  return { kind: action.kind };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text);

/** The whole settings as one PATCH body (unset fields as null). */
export function settingsPatch(form: SettingsForm): Body<'updateNumberSettings'> {
  const route: NumberSettings['route'] =
    form.routeKind === 'group'
      ? { kind: 'group', groupId: form.routeGroupId }
      : form.routeKind === 'ivr'
        ? { kind: 'ivr', menuId: form.routeMenuId }
        : { kind: 'agents' };
  return {
    record: form.record,
    mode: form.mode,
    forwardTo: blankToNull(form.forwardTo),
    passCallerId: form.passCallerId,
    strategy: form.strategy,
    ringTimeoutSec: Number(form.ringTimeoutSec),
    queue: {
      enabled: form.queueEnabled,
      maxWaitSec: Number(form.queueMaxWaitSec),
      maxLength: Number(form.queueMaxLength),
      priority: Number(form.queuePriority),
    },
    offlineAction: actionBody(form.offlineAction),
    noAnswerAction: actionBody(form.noAnswerAction),
    outOfHoursAction: actionBody(form.outOfHoursAction),
    welcomeMessage: blankToNull(form.welcomeMessage),
    voicedropMessage: blankToNull(form.voicedropMessage),
    route,
    ownerRouting: form.ownerRouting,
    extensionDialing: form.extensionDialing,
    hours: hoursFromForm(form.hours),
  };
}

export type Problem =
  | 'required'
  | 'phone'
  | 'wholeRange'
  | 'message'
  | 'chooseGroup'
  | 'chooseMenu'
  | 'timeZone'
  | 'interval'
  | 'overlap'
  | 'holidayDate'
  | 'holidayTwice'
  | 'closure';

export interface ProblemOf {
  problem: Problem;
  min?: number;
  max?: number;
}

function wholeIn(value: string, min: number, max: number): boolean {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
}

function checkAction(action: CallAction, field: string, problems: Record<string, ProblemOf>) {
  if (action.kind === 'message' && !action.message?.trim())
    problems[`${field}.message`] = { problem: 'message' };
  if (action.kind === 'forward' && !looksLikePhone(action.to ?? ''))
    problems[`${field}.to`] = { problem: 'phone' };
}

/** What the browser can tell is wrong before asking the server; keyed like the server's fields. */
export function checkForm(form: SettingsForm): Record<string, ProblemOf> {
  const problems: Record<string, ProblemOf> = {};
  if (form.mode === 'forward_all' && !form.forwardTo.trim()) problems.forwardTo = { problem: 'required' };
  else if (form.forwardTo.trim() && !looksLikePhone(form.forwardTo))
    problems.forwardTo = { problem: 'phone' };
  const ranges: Array<[string, string, number, number]> = [
    ['ringTimeoutSec', form.ringTimeoutSec, 5, 600],
    ['queue.maxWaitSec', form.queueMaxWaitSec, 10, 3600],
    ['queue.maxLength', form.queueMaxLength, 1, 10_000],
    ['queue.priority', form.queuePriority, 0, 9],
  ];
  for (const [field, value, min, max] of ranges)
    if (!wholeIn(value, min, max)) problems[field] = { problem: 'wholeRange', min, max };
  checkAction(form.offlineAction, 'offlineAction', problems);
  checkAction(form.noAnswerAction, 'noAnswerAction', problems);
  if (form.hours.enabled) checkAction(form.outOfHoursAction, 'outOfHoursAction', problems);
  if (form.routeKind === 'group' && !form.routeGroupId)
    problems['route.groupId'] = { problem: 'chooseGroup' };
  if (form.routeKind === 'ivr' && !form.routeMenuId) problems['route.menuId'] = { problem: 'chooseMenu' };
  for (const [field, problem] of Object.entries(checkHours(form.hours))) problems[field] = { problem };
  return problems;
}
