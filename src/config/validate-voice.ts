import type { WorkspaceSpec } from './spec.ts';
import { type Locate, type SpecPath, specError } from './spec-error.ts';

/** For each kind of action, the field it needs; the other reference fields are refused. */
const needs: Record<string, string | undefined> = {
  group: 'group',
  extension: 'user',
  menu: 'menu',
  forward: 'to',
  ivr: 'menu',
  message: 'message',
};

type Action = { kind: string } & Record<string, unknown>;

/**
 * An action names what its kind needs and nothing else: { kind: group, group: g_sales },
 * never { kind: voicemail, to: ... }, which would be quietly ignored.
 */
function checkAction(action: Action | undefined, path: SpecPath, fields: string[], locate?: Locate): void {
  if (!action) return;
  const needed = needs[action.kind];
  if (needed && fields.includes(needed) && (action[needed] === undefined || action[needed] === ''))
    throw specError([...path, needed], `is required for kind ${action.kind}`, locate);
  const extra = fields.find(
    (field) => action[field] !== undefined && field !== needed && !optional(action, field),
  );
  if (extra) throw specError([...path, extra], `does not apply to kind ${action.kind}`, locate);
}

/** A call action's message is for kind message, its greeting for voicemail. */
const optional = (action: Action, field: string) =>
  (field === 'message' && action.kind === 'message') || (field === 'greeting' && action.kind === 'voicemail');

/** The fields of every action in the voice sections, checked against their kinds. */
export function checkVoiceActions(spec: WorkspaceSpec, locate?: Locate): void {
  const ivrFields = ['group', 'user', 'menu', 'to'];
  const callFields = ['message', 'greeting', 'to'];
  spec.groups?.forEach((group, i) => {
    checkAction(group.noAnswer, ['groups', i, 'noAnswer'], ['to'], locate);
  });
  spec.ivrMenus?.forEach((menu, i) => {
    for (const [key, option] of Object.entries(menu.options ?? {}))
      checkAction(option, ['ivrMenus', i, 'options', key], ivrFields, locate);
    checkAction(menu.noInput, ['ivrMenus', i, 'noInput'], ivrFields, locate);
    checkAction(menu.invalidInput, ['ivrMenus', i, 'invalidInput'], ivrFields, locate);
  });
  spec.numbers?.forEach((number, i) => {
    const settings = number.settings;
    if (!settings) return;
    const path = ['numbers', i, 'settings'];
    checkAction(settings.route, [...path, 'route'], ['group', 'menu'], locate);
    for (const key of ['offlineAction', 'noAnswerAction', 'outOfHoursAction'] as const)
      checkAction(settings[key], [...path, key], callFields, locate);
  });
}

type Refer = (known: Set<string> | undefined, id: string, path: SpecPath, what: string) => void;

const idsOf = (items: { id: string }[] | undefined) => items && new Set(items.map((item) => item.id));

/** Groups' members, menus' targets and numbers' routes must be defined, when the spec manages their section. */
export function checkVoiceReferences(spec: WorkspaceSpec, refer: Refer): void {
  const users = idsOf(spec.users);
  const groups = idsOf(spec.groups);
  const menus = idsOf(spec.ivrMenus);
  spec.groups?.forEach((group, i) => {
    for (const [j, id] of (group.members ?? []).entries())
      refer(users, id, ['groups', i, 'members', j], 'user');
  });
  const targets = (action: { group?: string; user?: string; menu?: string } | undefined, path: SpecPath) => {
    if (action?.group) refer(groups, action.group, [...path, 'group'], 'group');
    if (action?.user) refer(users, action.user, [...path, 'user'], 'user');
    if (action?.menu) refer(menus, action.menu, [...path, 'menu'], 'ivrMenu');
  };
  spec.ivrMenus?.forEach((menu, i) => {
    for (const [key, option] of Object.entries(menu.options ?? {}))
      targets(option, ['ivrMenus', i, 'options', key]);
    targets(menu.noInput, ['ivrMenus', i, 'noInput']);
    targets(menu.invalidInput, ['ivrMenus', i, 'invalidInput']);
  });
  spec.numbers?.forEach((number, i) => {
    targets(number.settings?.route, ['numbers', i, 'settings', 'route']);
  });
}
