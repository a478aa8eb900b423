import type { Planner } from '../planner.ts';

/**
 * With prune, what a managed section does not list is removed: contacts first (they point
 * at users), departments last. Removal runs before creation, so a new user may take the
 * extension or email of one the file dropped.
 */
export function planPrune(planner: Planner): void {
  if (!planner.prune) return;
  const { spec } = planner;
  const unlisted = (items: { id: string }[] | undefined, live: Record<string, unknown>) => {
    if (!items) return [];
    const listed = new Set(items.map((item) => item.id));
    return Object.keys(live).filter((id) => !listed.has(id));
  };
  for (const id of unlisted(spec.contacts, planner.state.contacts))
    planner.issue({ type: 'contact.remove', contactId: id }, 'prune', `remove contact ${id}`);
  for (const id of unlisted(spec.numbers, planner.state.numbers))
    planner.issue({ type: 'number.remove', numberId: id }, 'prune', `remove number ${id}`);
  for (const id of unlisted(spec.users, planner.state.users))
    planner.issue({ type: 'user.remove', userId: id }, 'prune', `remove user ${id}`);
  for (const id of unlisted(spec.departments, planner.state.departments))
    planner.issue({ type: 'department.remove', departmentId: id }, 'prune', `remove department ${id}`);
}
