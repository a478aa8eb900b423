import { matchesName } from '../../domain/text.ts';
import { chatUnavailable } from '../../engine/chat/routing.ts';
import type { User, WorkspaceState } from '../../engine/state.ts';

/** A department a conversation may go to, and how many of its members could take it now. */
export interface DepartmentTarget {
  id: string;
  name: string;
  memberCount: number;
  /** Members online with chat room (C5): not the same as a department's onlineCount. */
  readyCount: number;
}

export interface AgentTarget {
  id: string;
  name: string;
  presence: User['presence'];
  /** Open conversations / chat capacity, e.g. 1/10. */
  load: string;
  /** Online with room; an unavailable agent gets the conversation in their pending list (C5). */
  available: boolean;
  unavailableReason?: string;
}

const loadOf = (user: User) => (user.capacity.chat === 0 ? Infinity : user.chatSessions / user.capacity.chat);

function agentTarget(user: User): AgentTarget {
  const reason = chatUnavailable(user);
  return {
    id: user.id,
    name: user.name,
    presence: user.presence,
    load: `${user.chatSessions}/${user.capacity.chat}`,
    available: reason === undefined,
    ...(reason ? { unavailableReason: reason } : {}),
  };
}

/**
 * C2: both chat transfer lists, searchable by name (T4): departments by name; agents who
 * could take the conversation first, then the least loaded, then by name.
 */
export function chatTransferTargets(
  state: WorkspaceState,
  search?: string,
): { departments: DepartmentTarget[]; agents: AgentTarget[] } {
  const matches = (name: string) => !search || matchesName(name, search);
  const departments = Object.values(state.departments)
    .filter((department) => matches(department.name))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((department) => ({
      id: department.id,
      name: department.name,
      memberCount: department.memberIds.length,
      readyCount: department.memberIds.filter((id) => !chatUnavailable(state.users[id])).length,
    }));
  const agents = Object.values(state.users)
    .filter((user) => matches(user.name))
    .map((user) => ({ user, target: agentTarget(user) }))
    .sort(
      (a, b) =>
        Number(b.target.available) - Number(a.target.available) ||
        loadOf(a.user) - loadOf(b.user) ||
        a.user.name.localeCompare(b.user.name),
    )
    .map(({ target }) => target);
  return { departments, agents };
}
