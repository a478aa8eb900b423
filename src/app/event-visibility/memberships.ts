import type { Event } from '../../engine/events.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { departmentsOf } from '../../engine/workspace/users.ts';
import { mayUseNumber, type Viewer } from '../visibility.ts';

/**
 * What of the workspace an agent's view depends on besides their calls and conversations:
 * the numbers they are assigned to (W8: their voicemails reach the agent, V8) and the
 * departments they belong to (their queues). Read once from the committed state when a
 * stream opens, then followed event by event, so a batch is judged as of its own place in
 * the log and never by a state that has moved on (or that a node not owning the workspace
 * would not have).
 */
export interface Memberships {
  numbers: Set<string>;
  departments: Set<string>;
}

export function membershipsOf(workspace: WorkspaceState, userId: string): Memberships {
  // The REST rule (src/app/visibility.ts) on the numbers of now; later changes follow the log.
  const viewer: Viewer = { kind: 'agent', userId, departmentIds: new Set() };
  const numbers = Object.values(workspace.numbers).flatMap((number) =>
    mayUseNumber(viewer, number) ? [number.id] : [],
  );
  return { numbers: new Set(numbers), departments: new Set(departmentsOf(workspace, userId)) };
}

const setMember = (set: Set<string>, id: string, member: boolean) => (member ? set.add(id) : set.delete(id));

function replace(set: Set<string>, ids: readonly string[]): void {
  set.clear();
  for (const id of ids) set.add(id);
}

/** Keeps an agent's memberships in step with one event, as the engine's evolve changes them. */
export function followMemberships(event: Event, userId: string, memberships: Memberships): void {
  const { numbers, departments } = memberships;
  switch (event.type) {
    case 'number.added':
      return void setMember(numbers, event.number.id, event.number.assignedUserIds.includes(userId));
    case 'number.updated':
      if (event.changes.assignedUserIds)
        setMember(numbers, event.numberId, event.changes.assignedUserIds.includes(userId));
      return;
    case 'number.removed':
      return void numbers.delete(event.numberId);
    case 'department.created':
      return void setMember(departments, event.department.id, event.department.memberIds.includes(userId));
    case 'department.updated':
      if (event.memberIds) setMember(departments, event.departmentId, event.memberIds.includes(userId));
      return;
    case 'department.removed':
      return void departments.delete(event.departmentId);
    case 'user.created':
      if (event.user.id !== userId) return;
      for (const id of event.numberIds) numbers.add(id);
      return replace(departments, event.departmentIds);
    case 'user.updated':
      if (event.userId === userId && event.departmentIds) replace(departments, event.departmentIds);
      return;
    default:
      return;
  }
}
