import type { WorkspaceState } from '../../engine/state.ts';
import type { IvrAction, IvrMenu } from '../../engine/voice/ivr-menus.ts';
import { changedFields, type Planner } from '../planner.ts';
import type { IvrActionSpec, IvrMenuSpec } from '../spec-voice.ts';
import { ivrActionToEngine, sameValue } from '../voice-forms.ts';
import { normalisedPhone } from './users.ts';

type MenuFields = Omit<IvrMenu, 'id'>;

function action(state: WorkspaceState, spec: IvrActionSpec): IvrAction {
  const engine = ivrActionToEngine(spec);
  return engine.kind === 'forward' ? { kind: 'forward', to: normalisedPhone(state, engine.to) } : engine;
}

/** A menu as the spec asks for it, with the engine's defaults for what it leaves out. */
function wanted(state: WorkspaceState, spec: IvrMenuSpec): MenuFields {
  const options: Record<string, IvrAction> = {};
  for (const [key, option] of Object.entries(spec.options ?? {}))
    if (option) options[key] = action(state, option);
  return {
    name: spec.name.trim(),
    prompt: spec.prompt.trim(),
    options,
    timeoutSec: spec.timeoutSec ?? 8,
    noInput: spec.noInput ? action(state, spec.noInput) : { kind: 'repeat' },
    invalidInput: spec.invalidInput ? action(state, spec.invalidInput) : { kind: 'repeat' },
    maxRepeats: spec.maxRepeats ?? 2,
  };
}

/** The menus a menu's actions lead to. */
function menusNamed(menu: MenuFields): string[] {
  return [...Object.values(menu.options), menu.noInput, menu.invalidInput].flatMap((next) =>
    next.kind === 'menu' ? [next.menuId] : [],
  );
}

function differences(want: MenuFields, menu: IvrMenu): Partial<MenuFields> {
  const changes: Partial<MenuFields> = {};
  for (const key of Object.keys(want) as (keyof MenuFields)[])
    if (!sameValue(want[key], menu[key])) Object.assign(changes, { [key]: want[key] });
  return changes;
}

/**
 * IVR menus (V10) come after the users and groups their options name, and before the
 * numbers that route to them. A menu may lead to one defined later in the file (or to
 * itself, or in a loop): a new menu whose actions name a menu that does not exist yet is
 * created without them first, and completed once every menu exists.
 */
export function planIvrMenus(planner: Planner): void {
  const specs = planner.spec.ivrMenus ?? [];
  specs.forEach((spec, index) => {
    if (planner.state.ivrMenus[spec.id]) return;
    const want = wanted(planner.state, spec);
    const ready = menusNamed(want).every((id) => id === spec.id || planner.state.ivrMenus[id]);
    const fields = ready
      ? want
      : { name: want.name, prompt: want.prompt, timeoutSec: want.timeoutSec, maxRepeats: want.maxRepeats };
    planner.issue(
      { type: 'ivr_menu.create', menuId: spec.id, ...fields },
      ['ivrMenus', index],
      `create menu ${spec.id} (${want.name})`,
    );
  });
  specs.forEach((spec, index) => {
    const menu = planner.state.ivrMenus[spec.id]!;
    const changes = differences(wanted(planner.state, spec), menu);
    if (Object.keys(changes).length === 0) return;
    planner.issue(
      { type: 'ivr_menu.update', menuId: menu.id, ...changes },
      ['ivrMenus', index],
      `update menu ${menu.id}: ${changedFields(changes)}`,
    );
  });
}
