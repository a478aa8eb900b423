import type { CountryCode } from 'libphonenumber-js/max';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { type E164, toE164 } from '../../domain/phone.ts';
import { requiredText } from '../../domain/text.ts';
import { unhandledCommand } from '../command-routing.ts';
import type { WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';

/** V10: what a key press (or no input) does. */
export type IvrAction =
  | { kind: 'group'; groupId: string }
  | { kind: 'extension'; userId: string }
  | { kind: 'forward'; to: E164 }
  | { kind: 'voicemail' }
  | { kind: 'menu'; menuId: string }
  | { kind: 'repeat' }
  | { kind: 'hang_up' };

export interface IvrMenu {
  id: string;
  name: string;
  prompt: string;
  /** Digit ("0"–"9", "*", "#") to action. */
  options: Record<string, IvrAction>;
  /** Seconds to wait for a digit after the prompt. */
  timeoutSec: number;
  noInput: IvrAction;
  invalidInput: IvrAction;
  /** How many times the menu repeats before noInput/invalidInput give up to hang_up. */
  maxRepeats: number;
}

type MenuFields = Partial<Omit<IvrMenu, 'id'>>;

export type IvrMenuCommand =
  | ({ type: 'ivr_menu.create'; menuId: string; name: string; prompt: string } & MenuFields)
  | ({ type: 'ivr_menu.update'; menuId: string } & MenuFields)
  | { type: 'ivr_menu.remove'; menuId: string };

export type IvrMenuEvent =
  | { type: 'ivr_menu.saved'; menu: IvrMenu }
  | { type: 'ivr_menu.removed'; menuId: string };

const actionKinds = ['group', 'extension', 'forward', 'voicemail', 'menu', 'repeat', 'hang_up'];

function checkAction(state: WorkspaceState, action: IvrAction, field: string, menuId: string): IvrAction {
  if (!actionKinds.includes(action?.kind))
    throw invalid(`${field}.kind`, `${field}.kind must be one of ${actionKinds.join(', ')}`);
  switch (action.kind) {
    case 'group':
      if (!state.groups[action.groupId]) throw notFound('group', action.groupId, `${field}.groupId`);
      return { kind: 'group', groupId: action.groupId };
    case 'extension':
      if (!state.users[action.userId]) throw notFound('user', action.userId, `${field}.userId`);
      return { kind: 'extension', userId: action.userId };
    case 'forward':
      return {
        kind: 'forward',
        to: toE164(action.to ?? '', `${field}.to`, state.defaultCountry as CountryCode),
      };
    case 'menu':
      if (action.menuId !== menuId && !state.ivrMenus[action.menuId])
        throw notFound('menu', action.menuId, `${field}.menuId`);
      return { kind: 'menu', menuId: action.menuId };
    default:
      return { kind: action.kind };
  }
}

function merged(state: WorkspaceState, base: IvrMenu, fields: MenuFields): IvrMenu {
  const next = { ...base };
  if (fields.name !== undefined) next.name = requiredText(fields.name, 'name');
  if (fields.prompt !== undefined) next.prompt = requiredText(fields.prompt, 'prompt', 2000);
  if (fields.options !== undefined) {
    next.options = {};
    for (const [digit, action] of Object.entries(fields.options)) {
      if (!/^[0-9*#]$/.test(digit))
        throw invalid(`options.${digit}`, `options key "${digit}" must be one digit 0-9, * or #`);
      next.options[digit] = checkAction(state, action, `options.${digit}`, base.id);
    }
  }
  if (fields.timeoutSec !== undefined) {
    if (!Number.isInteger(fields.timeoutSec) || fields.timeoutSec < 1 || fields.timeoutSec > 60)
      throw invalid('timeoutSec', 'timeoutSec must be a whole number of seconds from 1 to 60');
    next.timeoutSec = fields.timeoutSec;
  }
  if (fields.maxRepeats !== undefined) {
    if (!Number.isInteger(fields.maxRepeats) || fields.maxRepeats < 0 || fields.maxRepeats > 5)
      throw invalid('maxRepeats', 'maxRepeats must be a whole number from 0 to 5');
    next.maxRepeats = fields.maxRepeats;
  }
  if (fields.noInput !== undefined) next.noInput = checkAction(state, fields.noInput, 'noInput', base.id);
  if (fields.invalidInput !== undefined)
    next.invalidInput = checkAction(state, fields.invalidInput, 'invalidInput', base.id);
  return next;
}

export function decideIvrMenu(tx: Tx, command: IvrMenuCommand): void {
  const state = tx.state;
  if (command.type === 'ivr_menu.create') {
    if (state.ivrMenus[command.menuId]) throw conflict(`menu ${command.menuId} already exists`, 'menuId');
    const base: IvrMenu = {
      id: command.menuId,
      name: '',
      prompt: '',
      options: {},
      timeoutSec: 8,
      noInput: { kind: 'repeat' },
      invalidInput: { kind: 'repeat' },
      maxRepeats: 2,
    };
    tx.emit({ type: 'ivr_menu.saved', menu: merged(state, base, command) });
    return;
  }
  const menu = state.ivrMenus[command.menuId];
  if (!menu) throw notFound('menu', command.menuId, 'menuId');
  if (command.type === 'ivr_menu.remove') {
    const used = Object.values(state.numbers).find(
      (number) => number.settings.route.kind === 'ivr' && number.settings.route.menuId === menu.id,
    );
    if (used) throw conflict(`menu ${menu.name} is used by number ${used.e164}`, 'menuId');
    const parent = Object.values(state.ivrMenus).find(
      (other) =>
        other.id !== menu.id &&
        [...Object.values(other.options), other.noInput, other.invalidInput].some(
          (action) => action.kind === 'menu' && action.menuId === menu.id,
        ),
    );
    if (parent)
      throw conflict(
        `menu ${menu.name} is reached from menu ${parent.name}; change that menu first`,
        'menuId',
      );
    tx.emit({ type: 'ivr_menu.removed', menuId: menu.id });
    return;
  }
  if (command.type !== 'ivr_menu.update') return unhandledCommand(command);
  tx.emit({ type: 'ivr_menu.saved', menu: merged(state, menu, command) });
}

export function evolveIvrMenu(state: WorkspaceState, event: IvrMenuEvent): WorkspaceState {
  if (event.type === 'ivr_menu.removed') delete state.ivrMenus[event.menuId];
  else state.ivrMenus[event.menu.id] = event.menu;
  return state;
}
