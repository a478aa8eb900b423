import type { Presence } from '../../domain/presence.ts';
import { matchesName } from '../../domain/text.ts';
import type { Department, User, WorkspaceState } from '../../engine/state.ts';

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
