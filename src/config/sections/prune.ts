import { DomainError } from '../../domain/errors.ts';
import { workflowNaming } from '../../engine/workflow/references.ts';
import type { Planner } from '../planner.ts';

const unlisted = (items: { id: string }[] | undefined, live: Record<string, unknown>) => {
  if (!items) return [];
  const listed = new Set(items.map((item) => item.id));
  return Object.keys(live).filter((id) => !listed.has(id));
};

/**
 * With prune, what a managed section does not list is removed: contacts first (they point
 * at users), departments last. Removal runs before creation, so a new user may take the
 * extension or email of one the file dropped.
 */
export function planPrune(planner: Planner): void {
  if (!planner.prune) return;
  const { spec } = planner;
  for (const id of unlisted(spec.contacts, planner.state.contacts))
    planner.issue({ type: 'contact.remove', contactId: id }, 'prune', `remove contact ${id}`);
  for (const id of unlisted(spec.numbers, planner.state.numbers))
    planner.issue({ type: 'number.remove', numberId: id }, 'prune', `remove number ${id}`);
  pruneUsersAndDepartments(planner, { sparingNamed: true });
}

/**
 * Users and departments a published workflow names are removed once the file's workflows
 * are applied: a workflow the file drops or changes no longer holds them by then.
 */
export function planPruneNamed(planner: Planner): void {
  if (planner.prune) pruneUsersAndDepartments(planner, { sparingNamed: false });
}

/** Removes the users and departments the file does not list; first sparing any a workflow names. */
function pruneUsersAndDepartments(planner: Planner, { sparingNamed }: { sparingNamed: boolean }): void {
  // planner.state moves on with each command issued: read it afresh.
  const { spec } = planner;
  for (const id of unlisted(spec.users, planner.state.users))
    if (!sparingNamed || !workflowNaming(planner.state, { userId: id }))
      planner.issue({ type: 'user.remove', userId: id }, 'prune', `remove user ${id}`);
  for (const id of unlisted(spec.departments, planner.state.departments))
    if (!sparingNamed || !workflowNaming(planner.state, { departmentId: id }))
      planner.issue({ type: 'department.remove', departmentId: id }, 'prune', `remove department ${id}`);
}

/**
 * IVR menus and groups are pruned after the numbers and menus that keep the file's are
 * brought to it, so that a route or an option the file moved away from no longer holds them:
 * menus first (their options name groups), then groups. One still used by something the file
 * does not manage (a number left out of a file without numbers:) is refused, naming the user.
 */
export function planPruneVoice(planner: Planner): void {
  if (!planner.prune) return;
  const { spec } = planner;
  const menus = unlisted(spec.ivrMenus, planner.state.ivrMenus);
  // Menus being removed may lead to each other: empty them first, so no removal waits on another.
  for (const id of menus) {
    const menu = planner.state.ivrMenus[id]!;
    const leadsToMenu = [...Object.values(menu.options), menu.noInput, menu.invalidInput].some(
      (action) => action.kind === 'menu',
    );
    if (leadsToMenu)
      planner.issue(
        {
          type: 'ivr_menu.update',
          menuId: id,
          options: {},
          noInput: { kind: 'hang_up' },
          invalidInput: { kind: 'hang_up' },
        },
        'prune',
        `empty menu ${id} before removing it`,
      );
  }
  for (const id of menus)
    removing(`menu ${id}`, 'ivrMenus', () =>
      planner.issue({ type: 'ivr_menu.remove', menuId: id }, 'prune', `remove menu ${id}`),
    );
  for (const id of unlisted(spec.groups, planner.state.groups))
    removing(`group ${id}`, 'groups', () =>
      planner.issue({ type: 'group.remove', groupId: id }, 'prune', `remove group ${id}`),
    );
}

/** A removal the engine refuses says what to do about it. */
function removing(what: string, section: string, remove: () => void): void {
  try {
    remove();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'conflict') throw error;
    throw new DomainError(
      'conflict',
      `prune: ${what} cannot be removed: ${error.message.replace(/^prune: /, '')}; list it in ${section}, or change what uses it first`,
      'prune',
    );
  }
}
