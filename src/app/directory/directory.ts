import type { Presence } from '../../domain/presence.ts';
import { matchesName } from '../../domain/text.ts';
import type { Department, PhoneNumber, User, WorkspaceState } from '../../engine/state.ts';
import type { Group } from '../../engine/voice/groups.ts';
import { mayUseNumber, type Viewer } from '../visibility.ts';

export interface UserFilter {
  /** Any word of the name starts with it, ignoring case and accents (T4). */
  search?: string;
  presence?: Presence;
  /** Members of this department only (none if it does not exist). */
  departmentId?: string;
}

/** The workspace's users matching the filter, by name. */
export function findUsers(state: WorkspaceState, filter: UserFilter = {}): User[] {
  const { search, presence, departmentId } = filter;
  const members = departmentId ? new Set(state.departments[departmentId]?.memberIds ?? []) : undefined;
  return Object.values(state.users)
    .filter((user) => !search || matchesName(user.name, search))
    .filter((user) => !presence || user.presence === presence)
    .filter((user) => !members || members.has(user.id))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The workspace's departments whose name matches, by name. */
export function findDepartments(state: WorkspaceState, search?: string): Department[] {
  return Object.values(state.departments)
    .filter((department) => !search || matchesName(department.name, search))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** W8: the numbers a viewer works (an agent: those assigned to them), by number. */
export function visibleNumbers(state: WorkspaceState, viewer: Viewer): PhoneNumber[] {
  return Object.values(state.numbers)
    .filter((number) => mayUseNumber(viewer, number))
    .sort((a, b) => a.e164.localeCompare(b.e164));
}

/** The workspace's telephony groups, by name. */
export function groupsByName(state: WorkspaceState): Group[] {
  return Object.values(state.groups).sort((a, b) => a.name.localeCompare(b.name));
}
