import type { CountryCode } from 'libphonenumber-js/max';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { type E164, toE164 } from '../../domain/phone.ts';
import { requiredText } from '../../domain/text.ts';
import { unhandledCommand } from '../command-routing.ts';
import { groupPoolKey, indexMembers } from '../routing/pool-index.ts';
import { type Strategy, strategies } from '../routing/strategy.ts';
import type { WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';

/** V13: what a telephony group does when none of its members answers. */
export type GroupNoAnswer =
  | { kind: 'forward_member_mobile' }
  | { kind: 'forward'; to: E164 }
  | { kind: 'voicemail' }
  | { kind: 'hang_up' };

/** V13: a telephony group: members in order, a strategy, a ring timeout, a no-answer action. */
export interface Group {
  id: string;
  name: string;
  memberIds: string[];
  strategy: Strategy;
  ringTimeoutSec: number;
  noAnswer: GroupNoAnswer;
}

interface GroupFields {
  name?: string;
  memberIds?: string[];
  strategy?: Strategy;
  ringTimeoutSec?: number;
  noAnswer?: GroupNoAnswer;
}

export type GroupCommand =
  | ({ type: 'group.create'; groupId: string; name: string } & GroupFields)
  | ({ type: 'group.update'; groupId: string } & GroupFields)
  | { type: 'group.remove'; groupId: string };

export type GroupEvent = { type: 'group.saved'; group: Group } | { type: 'group.removed'; groupId: string };

export function requireGroup(state: WorkspaceState, groupId: string, field = 'groupId'): Group {
  const group = state.groups[groupId];
  if (!group) throw notFound('group', groupId, field);
  return group;
}

function checkNoAnswer(noAnswer: GroupNoAnswer, country?: CountryCode): GroupNoAnswer {
  const kinds = ['forward_member_mobile', 'forward', 'voicemail', 'hang_up'];
  if (!kinds.includes(noAnswer?.kind))
    throw invalid('noAnswer.kind', `noAnswer.kind must be one of ${kinds.join(', ')}`);
  if (noAnswer.kind === 'forward')
    return { kind: 'forward', to: toE164(noAnswer.to ?? '', 'noAnswer.to', country) };
  return { kind: noAnswer.kind };
}

function merged(state: WorkspaceState, base: Group, fields: GroupFields): Group {
  const next = { ...base };
  if (fields.name !== undefined) next.name = requiredText(fields.name, 'name');
  if (fields.memberIds !== undefined) {
    for (const id of fields.memberIds) if (!state.users[id]) throw notFound('user', id, 'memberIds');
    next.memberIds = [...new Set(fields.memberIds)];
  }
  if (fields.strategy !== undefined) {
    if (!(strategies as readonly string[]).includes(fields.strategy))
      throw invalid('strategy', `strategy must be one of ${strategies.join(', ')}`);
    next.strategy = fields.strategy;
  }
  if (fields.ringTimeoutSec !== undefined) {
    if (!Number.isInteger(fields.ringTimeoutSec) || fields.ringTimeoutSec < 5 || fields.ringTimeoutSec > 600)
      throw invalid('ringTimeoutSec', 'ringTimeoutSec must be a whole number of seconds from 5 to 600');
    next.ringTimeoutSec = fields.ringTimeoutSec;
  }
  if (fields.noAnswer !== undefined)
    next.noAnswer = checkNoAnswer(fields.noAnswer, state.defaultCountry as CountryCode);
  return next;
}

/** Where a group is used, so it is not removed from under a number or a menu. */
function usesOf(state: WorkspaceState, groupId: string): string[] {
  const numbers = Object.values(state.numbers)
    .filter((number) => number.settings.route.kind === 'group' && number.settings.route.groupId === groupId)
    .map((number) => `number ${number.e164}`);
  const menus = Object.values(state.ivrMenus)
    .filter((menu) =>
      Object.values(menu.options).some((option) => option.kind === 'group' && option.groupId === groupId),
    )
    .map((menu) => `menu ${menu.name}`);
  return [...numbers, ...menus];
}

export function decideGroup(tx: Tx, command: GroupCommand): void {
  const state = tx.state;
  if (command.type === 'group.create') {
    if (state.groups[command.groupId]) throw conflict(`group ${command.groupId} already exists`, 'groupId');
    const base: Group = {
      id: command.groupId,
      name: '',
      memberIds: [],
      strategy: 'simultaneous',
      ringTimeoutSec: 30,
      noAnswer: { kind: 'voicemail' },
    };
    tx.emit({ type: 'group.saved', group: merged(state, base, command) });
    return;
  }
  const group = requireGroup(state, command.groupId);
  if (command.type === 'group.remove') {
    const uses = usesOf(state, group.id);
    if (uses.length > 0) throw conflict(`group ${group.name} is used by ${uses.join(', ')}`, 'groupId');
    tx.emit({ type: 'group.removed', groupId: group.id });
    return;
  }
  if (command.type !== 'group.update') return unhandledCommand(command);
  tx.emit({ type: 'group.saved', group: merged(state, group, command) });
}

export function evolveGroup(state: WorkspaceState, event: GroupEvent): WorkspaceState {
  if (event.type === 'group.removed') {
    delete state.groups[event.groupId];
    delete state.poolIndex[groupPoolKey(event.groupId)];
    return state;
  }
  state.groups[event.group.id] = { ...event.group, memberIds: [...event.group.memberIds] };
  state.poolIndex[groupPoolKey(event.group.id)] = indexMembers(event.group.memberIds);
  return state;
}
