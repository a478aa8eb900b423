import type { CountryCode } from 'libphonenumber-js/max';
import { conflict, DomainError, invalid, notFound } from '../../domain/errors.ts';
import { toE164 } from '../../domain/phone.ts';
import { type Role, roles } from '../../domain/roles.ts';
import { optionalText, requiredText } from '../../domain/text.ts';
import { unhandledCommand } from '../command-routing.ts';
import { addIdle, groupPoolKey, indexMembers, numberPoolKey, removeIdle } from '../routing/pool-index.ts';
import { checkSkills, type Skill } from '../routing/skills.ts';
import type { Capacity, User, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { workflowNaming } from '../workflow/references.ts';
import { newUser } from './new-user.ts';

export interface UserFields {
  name?: string;
  email?: string;
  role?: Role;
  extension?: string | null;
  mobile?: string | null;
  capacity?: Partial<Capacity>;
  departmentIds?: string[];
  /** R1: the agent's skills with their levels (the whole list: it replaces the previous one). */
  skills?: Skill[];
}

export type UserCommand =
  | ({ type: 'user.create'; userId: string; name: string; email: string; numberIds?: string[] } & UserFields)
  | ({ type: 'user.update'; userId: string } & UserFields)
  | { type: 'user.remove'; userId: string };

export type UserChanges = Partial<Pick<User, 'name' | 'email' | 'role' | 'capacity' | 'skills'>> & {
  extension?: string | null;
  mobile?: string | null;
};

export type UserEvent =
  | { type: 'user.created'; user: User; departmentIds: string[]; numberIds: string[] }
  | { type: 'user.updated'; userId: string; changes: UserChanges; departmentIds?: string[] }
  | { type: 'user.removed'; userId: string };

export const defaultCapacity: Capacity = { voice: 1, chat: 10 };

export function requireUser(state: WorkspaceState, userId: string, field = 'userId'): User {
  const user = state.users[userId];
  if (!user) throw notFound('user', userId, field);
  return user;
}

function checkEmail(email: string): string {
  const text = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text))
    throw invalid('email', `email "${email}" is not an email address`);
  return text;
}

function checkRole(role: string): Role {
  if (!(roles as readonly string[]).includes(role))
    throw invalid('role', `role must be one of ${roles.join(', ')}`);
  return role as Role;
}

function checkExtension(state: WorkspaceState, extension: string, userId: string): string {
  const text = extension.trim();
  if (!/^[0-9]{2,6}$/.test(text)) throw invalid('extension', 'extension must be 2 to 6 digits');
  const owner = state.users[state.userByExtension[text] ?? ''];
  if (owner && owner.id !== userId)
    throw conflict(`extension ${text} already belongs to ${owner.name}`, 'extension');
  return text;
}

function checkCapacity(capacity: Partial<Capacity>, base: Capacity): Capacity {
  const next = { ...base, ...capacity };
  for (const channel of ['voice', 'chat'] as const) {
    const value = next[channel];
    if (!Number.isInteger(value) || value < 0 || value > 100)
      throw invalid(`capacity.${channel}`, `capacity.${channel} must be a whole number from 0 to 100`);
  }
  return next;
}

function checkDepartments(state: WorkspaceState, ids: string[]): string[] {
  for (const id of ids) if (!state.departments[id]) throw notFound('department', id, 'departmentIds');
  return [...new Set(ids)];
}

function checkUniqueEmail(state: WorkspaceState, email: string, userId: string): void {
  const other = state.users[state.userByEmail[email] ?? ''];
  if (other && other.id !== userId)
    throw conflict(`email ${email} already belongs to ${other.name}`, 'email');
}

function checkedChanges(
  state: WorkspaceState,
  userId: string,
  fields: UserFields,
  base: Capacity,
): UserChanges {
  const country = state.defaultCountry as CountryCode | undefined;
  const changes: UserChanges = {};
  if (fields.name !== undefined) changes.name = requiredText(fields.name, 'name');
  if (fields.email !== undefined) {
    changes.email = checkEmail(fields.email);
    checkUniqueEmail(state, changes.email, userId);
  }
  if (fields.role !== undefined) changes.role = checkRole(fields.role);
  if (fields.extension !== undefined)
    changes.extension = fields.extension === null ? null : checkExtension(state, fields.extension, userId);
  if (fields.mobile !== undefined)
    changes.mobile = optionalText(fields.mobile, 'mobile') ? toE164(fields.mobile!, 'mobile', country) : null;
  if (fields.capacity !== undefined) changes.capacity = checkCapacity(fields.capacity, base);
  if (fields.skills !== undefined) changes.skills = checkSkills(fields.skills);
  return changes;
}

export function decideUser(tx: Tx, command: UserCommand): void {
  const state = tx.state;
  if (command.type === 'user.create') {
    if (state.users[command.userId]) throw conflict(`user ${command.userId} already exists`, 'userId');
    const changes = checkedChanges(state, command.userId, command, defaultCapacity);
    const departmentIds = checkDepartments(state, command.departmentIds ?? []);
    // W8: a new user is assigned to every number unless the command names the numbers.
    const numberIds = command.numberIds ?? Object.keys(state.numbers);
    for (const id of numberIds) if (!state.numbers[id]) throw notFound('number', id, 'numberIds');
    const user: User = {
      id: command.userId,
      name: changes.name!,
      email: changes.email!,
      role: changes.role ?? 'agent',
      capacity: { ...(changes.capacity ?? defaultCapacity) },
      presence: 'offline',
      presenceSince: tx.now,
      missedOffers: 0,
      ringingLegs: 0,
      connectedLegs: 0,
      chatSessions: 0,
    };
    if (changes.extension) user.extension = changes.extension;
    if (changes.mobile) user.mobile = changes.mobile;
    if (changes.skills?.length) user.skills = changes.skills;
    tx.emit({ type: 'user.created', user, departmentIds, numberIds: [...new Set(numberIds)] });
    return;
  }
  const user = requireUser(state, command.userId);
  if (command.type === 'user.remove') {
    if (
      [...state.calls.values()].some((call) => [...call.legs.values()].some((leg) => leg.userId === user.id))
    )
      throw new DomainError('conflict', `${user.name} is on a call; remove them once it ends`, 'userId');
    const menu = Object.values(state.ivrMenus).find((candidate) =>
      [...Object.values(candidate.options), candidate.noInput, candidate.invalidInput].some(
        (action) => action.kind === 'extension' && action.userId === user.id,
      ),
    );
    if (menu)
      throw conflict(
        `${user.name} is an option of the IVR menu ${menu.name}; change the menu first`,
        'userId',
      );
    const workflow = workflowNaming(state, { userId: user.id });
    if (workflow)
      throw conflict(
        `${user.name} is named by the workflow ${workflow.name}; change the workflow first`,
        'userId',
      );
    tx.emit({ type: 'user.removed', userId: user.id });
    return;
  }
  if (command.type !== 'user.update') return unhandledCommand(command);
  const changes = checkedChanges(state, user.id, command, user.capacity);
  const departmentIds = command.departmentIds && checkDepartments(state, command.departmentIds);
  if (Object.keys(changes).length === 0 && !departmentIds) return;
  tx.emit({ type: 'user.updated', userId: user.id, changes, ...(departmentIds ? { departmentIds } : {}) });
}

/** A new user is in no department yet: no member list to scan (50k users joining one was quadratic). */
function joinDepartments(state: WorkspaceState, userId: string, departmentIds: string[]): void {
  for (const departmentId of new Set(departmentIds)) state.departments[departmentId]?.memberIds.push(userId);
}

function setMemberships(state: WorkspaceState, userId: string, departmentIds: string[]): void {
  for (const department of Object.values(state.departments)) {
    const member = department.memberIds.includes(userId);
    const wanted = departmentIds.includes(department.id);
    if (wanted && !member) department.memberIds.push(userId);
    if (!wanted && member) department.memberIds = department.memberIds.filter((id) => id !== userId);
  }
}

export function evolveUser(state: WorkspaceState, event: UserEvent): WorkspaceState {
  if (event.type === 'user.created') {
    state.users[event.user.id] = newUser(event.user, state.usersCreated);
    state.usersCreated += 1;
    state.userByEmail[event.user.email] = event.user.id;
    if (event.user.extension) state.userByExtension[event.user.extension] = event.user.id;
    joinDepartments(state, event.user.id, event.departmentIds);
    for (const numberId of event.numberIds) {
      const number = state.numbers[numberId];
      if (!number) continue;
      number.assignedUserIds.push(event.user.id);
      state.poolIndex[numberPoolKey(numberId)]![event.user.id] = number.assignedUserIds.length - 1;
    }
    addIdle(state, event.user.id);
    return state;
  }
  if (event.type === 'user.removed') {
    removeIdle(state, event.userId);
    const removed = state.users[event.userId];
    if (removed) delete state.userByEmail[removed.email];
    if (removed?.extension) delete state.userByExtension[removed.extension];
    delete state.users[event.userId];
    if (state.sip) delete state.sip.accounts[event.userId];
    setMemberships(state, event.userId, []);
    for (const number of Object.values(state.numbers)) {
      if (!number.assignedUserIds.includes(event.userId)) continue;
      number.assignedUserIds = number.assignedUserIds.filter((id) => id !== event.userId);
      state.poolIndex[numberPoolKey(number.id)] = indexMembers(number.assignedUserIds);
    }
    for (const group of Object.values(state.groups)) {
      if (!group.memberIds.includes(event.userId)) continue;
      group.memberIds = group.memberIds.filter((id) => id !== event.userId);
      state.poolIndex[groupPoolKey(group.id)] = indexMembers(group.memberIds);
    }
    for (const contact of Object.values(state.contacts))
      if (contact.responsibleUserId === event.userId) contact.responsibleUserId = undefined;
    return state;
  }
  const user = state.users[event.userId];
  if (!user) return state;
  const { extension, mobile, ...rest } = event.changes;
  if (rest.email !== undefined) {
    delete state.userByEmail[user.email];
    state.userByEmail[rest.email] = user.id;
  }
  if (extension !== undefined) {
    if (user.extension) delete state.userByExtension[user.extension];
    if (extension) state.userByExtension[extension] = user.id;
  }
  Object.assign(user, rest);
  if (extension !== undefined) user.extension = extension ?? undefined;
  if (mobile !== undefined) user.mobile = mobile ?? undefined;
  if (event.departmentIds) setMemberships(state, user.id, event.departmentIds);
  return state;
}

/** The departments a user belongs to: memberships live on the department. */
export const departmentsOf = (state: WorkspaceState, userId: string) =>
  Object.values(state.departments)
    .filter((department) => department.memberIds.includes(userId))
    .map((department) => department.id);
