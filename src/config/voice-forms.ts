import type { Interval, Weekday, WorkingHours } from '../domain/hours.ts';
import type { IvrAction } from '../engine/voice/ivr-menus.ts';
import {
  type CallAction,
  defaultNumberSettings,
  type NumberRoute,
  type NumberSettings,
  type NumberSettingsPatch,
} from '../engine/voice/number-settings.ts';
import {
  type CallActionSpec as CallActionForm,
  type HoursSpec as HoursForm,
  type IvrActionSpec as IvrActionForm,
  NumberSettingsSpec as NumberSettingsSchema,
  type NumberSettingsSpec,
  type RouteSpec as RouteForm,
} from './spec-voice.ts';

/**
 * Spec forms to engine forms and back, for the voice sections. The spec names references
 * without the Id suffix (route: { kind: group, group: g_sales }) and writes an interval as
 * "09:00-14:00"; everything else is the engine's own shape.
 */

export function ivrActionToEngine(action: IvrActionForm): IvrAction {
  switch (action.kind) {
    case 'group':
      return { kind: 'group', groupId: action.group ?? '' };
    case 'extension':
      return { kind: 'extension', userId: action.user ?? '' };
    case 'menu':
      return { kind: 'menu', menuId: action.menu ?? '' };
    case 'forward':
      return { kind: 'forward', to: action.to ?? '' };
    default:
      return { kind: action.kind };
  }
}

export function ivrActionFromEngine(action: IvrAction): IvrActionForm {
  switch (action.kind) {
    case 'group':
      return { kind: 'group', group: action.groupId };
    case 'extension':
      return { kind: 'extension', user: action.userId };
    case 'menu':
      return { kind: 'menu', menu: action.menuId };
    case 'forward':
      return { kind: 'forward', to: action.to };
    default:
      return { kind: action.kind };
  }
}

export function routeToEngine(route: RouteForm): NumberRoute {
  if (route.kind === 'group') return { kind: 'group', groupId: route.group ?? '' };
  if (route.kind === 'ivr') return { kind: 'ivr', menuId: route.menu ?? '' };
  return { kind: 'agents' };
}

export function routeFromEngine(route: NumberRoute): RouteForm {
  if (route.kind === 'group') return { kind: 'group', group: route.groupId };
  if (route.kind === 'ivr') return { kind: 'ivr', menu: route.menuId };
  return { kind: 'agents' };
}

const toInterval = (text: string): Interval => {
  const [start = '', end = ''] = text.split('-');
  return { start, end };
};

/** Working hours as the engine takes them; the zone defaults to the workspace's. */
export function hoursToEngine(hours: HoursForm, workspaceZone: string): WorkingHours {
  const weekly: WorkingHours['weekly'] = {};
  for (const [day, intervals] of Object.entries(hours.weekly ?? {}))
    if (intervals) weekly[day as Weekday] = intervals.map(toInterval);
  return {
    timeZone: hours.timeZone?.trim() || workspaceZone,
    weekly,
    holidays: hours.holidays ?? [],
    ...(hours.holidayNames ? { holidayNames: { ...hours.holidayNames } } : {}),
    closures: (hours.closures ?? []).map(({ from, to }) => ({ from, to })),
  };
}

export function hoursFromEngine(hours: WorkingHours, workspaceZone: string): HoursForm {
  const weekly = Object.fromEntries(
    Object.entries(hours.weekly).map(([day, intervals]) => [
      day,
      (intervals ?? []).map(({ start, end }) => `${start}-${end}`),
    ]),
  );
  return {
    ...(hours.timeZone === workspaceZone ? {} : { timeZone: hours.timeZone }),
    weekly,
    ...(hours.holidays.length > 0 ? { holidays: [...hours.holidays] } : {}),
    ...(hours.holidayNames ? { holidayNames: { ...hours.holidayNames } } : {}),
    ...(hours.closures.length > 0 ? { closures: hours.closures.map(({ from, to }) => ({ from, to })) } : {}),
  };
}

const callActionToEngine = (action: CallActionForm) => ({ ...action }) as CallAction;

/** The fields a spec's settings give, as an engine patch; the fields it leaves out are not in it. */
export function settingsToEngine(spec: NumberSettingsSpec, workspaceZone: string): NumberSettingsPatch {
  const { route, hours, offlineAction, noAnswerAction, outOfHoursAction, queue, ...plain } = spec;
  return {
    ...plain,
    ...(route ? { route: routeToEngine(route) } : {}),
    ...(hours ? { hours: hoursToEngine(hours, workspaceZone) } : {}),
    ...(offlineAction ? { offlineAction: callActionToEngine(offlineAction) } : {}),
    ...(noAnswerAction ? { noAnswerAction: callActionToEngine(noAnswerAction) } : {}),
    ...(outOfHoursAction ? { outOfHoursAction: callActionToEngine(outOfHoursAction) } : {}),
    ...(queue ? { queue: { ...queue } } : {}),
  };
}

/** Compares two engine values whatever the order of their keys (hours' weekdays, an action's fields). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = Object.entries(b).filter(([, value]) => value !== undefined);
  if (left.length !== right.length) return false;
  const other = new Map(right);
  return left.every(([key, value]) => other.has(key) && sameValue(value, other.get(key)));
}

/** A number's settings as a spec: only what differs from the engine's defaults. */
export function settingsFromEngine(settings: NumberSettings, workspaceZone: string): NumberSettingsSpec {
  const spec: Record<string, unknown> = {};
  // In the spec's order (record, mode, ..., queue), as people read and write it.
  for (const key of Object.keys(NumberSettingsSchema.properties) as (keyof NumberSettings)[]) {
    const value = settings[key];
    if (value === undefined || sameValue(value, defaultNumberSettings[key])) continue;
    if (key === 'route') spec.route = routeFromEngine(settings.route);
    else if (key === 'hours') spec.hours = hoursFromEngine(settings.hours!, workspaceZone);
    else if (key === 'queue') spec.queue = { ...settings.queue };
    else spec[key] = typeof value === 'object' ? { ...value } : value;
  }
  return spec as NumberSettingsSpec;
}
