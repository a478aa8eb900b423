import type { StoredEvent } from '../engine/events.ts';
import type { User, WorkspaceState } from '../engine/state.ts';
import { departmentsOf } from '../engine/workspace/users.ts';
import { iso } from './schemas.ts';

/** How entities look in the API: times as ISO strings, relations as id lists. */
export function userView(state: WorkspaceState, user: User) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    ...(user.extension ? { extension: user.extension } : {}),
    ...(user.mobile ? { mobile: user.mobile } : {}),
    capacity: user.capacity,
    presence: user.presence,
    presenceSince: iso(user.presenceSince),
    departmentIds: departmentsOf(state, user.id),
    numberIds: Object.values(state.numbers)
      .filter((number) => number.assignedUserIds.includes(user.id))
      .map((number) => number.id),
  };
}

export function workspaceView(state: WorkspaceState) {
  return {
    id: state.id,
    name: state.name,
    plan: state.plan,
    timeZone: state.timeZone,
    ...(state.defaultCountry ? { defaultCountry: state.defaultCountry } : {}),
    createdAt: iso(state.createdAt),
  };
}

export function eventView(stored: StoredEvent) {
  const { type, ...data } = stored.event;
  return { seq: stored.seq, at: iso(stored.at), type, data };
}
