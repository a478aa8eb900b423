import type { CountryCode } from 'libphonenumber-js/max';
import { conflict, DomainError, invalid, notFound } from '../../domain/errors.ts';
import { toE164 } from '../../domain/phone.ts';
import { optionalText } from '../../domain/text.ts';
import { abandonCallbacksOfNumber } from '../callback/decide.ts';
import { unhandledCommand } from '../command-routing.ts';
import { indexMembers, numberPoolKey } from '../routing/pool-index.ts';
import type { NumberKind, PhoneNumber, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import {
  defaultNumberSettings,
  type NumberSettings,
  type NumberSettingsPatch,
  patchNumberSettings,
  type SettingsRefs,
} from '../voice/number-settings.ts';
import { serveQueues } from '../voice/queue.ts';
import { numbersChanged } from '../voice/queue-priority.ts';

export type NumberCommand =
  | {
      type: 'number.add';
      numberId: string;
      e164: string;
      kind: NumberKind;
      label?: string;
      assignedUserIds?: string[];
      settings?: NumberSettingsPatch;
    }
  | { type: 'number.update'; numberId: string; label?: string; kind?: NumberKind; assignedUserIds?: string[] }
  | { type: 'number.configure'; numberId: string; settings: NumberSettingsPatch }
  | { type: 'number.remove'; numberId: string };

export type NumberEvent =
  | { type: 'number.added'; number: PhoneNumber }
  | {
      type: 'number.updated';
      numberId: string;
      changes: { label?: string; kind?: NumberKind; assignedUserIds?: string[] };
    }
  | { type: 'number.configured'; numberId: string; settings: NumberSettings }
  | { type: 'number.removed'; numberId: string };

const country = (state: WorkspaceState) => state.defaultCountry as CountryCode | undefined;

const refsOf = (state: WorkspaceState): SettingsRefs => ({
  hasGroup: (groupId) => Boolean(state.groups[groupId]),
  hasMenu: (menuId) => Boolean(state.ivrMenus[menuId]),
});

export function requireNumber(state: WorkspaceState, numberId: string, field = 'numberId'): PhoneNumber {
  const number = state.numbers[numberId];
  if (!number) throw notFound('number', numberId, field);
  return number;
}

function checkKind(kind: string): NumberKind {
  if (kind !== 'rented' && kind !== 'sip') throw invalid('kind', 'kind must be rented or sip');
  return kind;
}

function checkAssigned(state: WorkspaceState, ids: string[]): string[] {
  for (const id of ids) if (!state.users[id]) throw notFound('user', id, 'assignedUserIds');
  return [...new Set(ids)];
}

export function decideNumber(tx: Tx, command: NumberCommand): void {
  const state = tx.state;
  if (command.type === 'number.add') {
    if (state.numbers[command.numberId])
      throw conflict(`number ${command.numberId} already exists`, 'numberId');
    // A workspace number is always typed in international format: it is the key callers dial.
    const e164 = toE164(command.e164, 'e164');
    if (state.numberByE164[e164]) throw conflict(`${e164} is already a number of this workspace`, 'e164');
    const kind = checkKind(command.kind);
    // W8: a newly added number is assigned to every user unless the command names them.
    const assignedUserIds = checkAssigned(state, command.assignedUserIds ?? Object.keys(state.users));
    const label = optionalText(command.label, 'label') ?? e164;
    const settings = patchNumberSettings(
      defaultNumberSettings,
      command.settings ?? {},
      refsOf(state),
      country(state),
    );
    tx.emit({
      type: 'number.added',
      number: { id: command.numberId, e164, kind, label, assignedUserIds, settings },
    });
    return;
  }
  const number = requireNumber(state, command.numberId);
  if (command.type === 'number.configure') {
    const settings = patchNumberSettings(number.settings, command.settings, refsOf(state), country(state));
    tx.emit({ type: 'number.configured', numberId: number.id, settings });
    return;
  }
  if (command.type === 'number.remove') {
    if ([...state.calls.values()].some((call) => call.numberId === number.id))
      throw new DomainError('conflict', `${number.e164} has live calls; remove it once they end`, 'numberId');
    const released = abandonCallbacksOfNumber(tx, number.id);
    tx.emit({ type: 'number.removed', numberId: number.id });
    if (released.size > 0) serveQueues(tx, released);
    return;
  }
  if (command.type !== 'number.update') return unhandledCommand(command);
  const changes: Extract<NumberEvent, { type: 'number.updated' }>['changes'] = {};
  if (command.label !== undefined) changes.label = optionalText(command.label, 'label') ?? number.e164;
  if (command.kind !== undefined) changes.kind = checkKind(command.kind);
  if (command.assignedUserIds !== undefined)
    changes.assignedUserIds = checkAssigned(state, command.assignedUserIds);
  if (Object.keys(changes).length === 0) return;
  tx.emit({ type: 'number.updated', numberId: number.id, changes });
}

export function evolveNumber(state: WorkspaceState, event: NumberEvent): WorkspaceState {
  numbersChanged(state.numbers);
  if (event.type === 'number.added') {
    state.numbers[event.number.id] = {
      ...event.number,
      assignedUserIds: [...event.number.assignedUserIds],
      settings: { ...event.number.settings },
    };
    state.numberByE164[event.number.e164] = event.number.id;
    state.poolIndex[numberPoolKey(event.number.id)] = indexMembers(event.number.assignedUserIds);
    return state;
  }
  const number = state.numbers[event.numberId];
  if (!number) return state;
  if (event.type === 'number.removed') {
    delete state.numbers[number.id];
    delete state.numberByE164[number.e164];
    delete state.poolIndex[numberPoolKey(number.id)];
    return state;
  }
  if (event.type === 'number.configured') {
    number.settings = event.settings;
    return state;
  }
  Object.assign(number, event.changes);
  if (event.changes.assignedUserIds) {
    number.assignedUserIds = [...event.changes.assignedUserIds];
    state.poolIndex[numberPoolKey(number.id)] = indexMembers(number.assignedUserIds);
  }
  return state;
}
