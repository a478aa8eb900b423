import type { WorkspaceState } from '../engine/state.ts';
import { routingSpec } from './sections/routing-rules.ts';
import type { GroupSpec, IvrMenuSpec } from './spec.ts';
import { ivrActionFromEngine } from './voice-forms.ts';

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

/** Telephony groups as the spec writes them: every field, members in their order. */
export function groupsSpec(state: WorkspaceState): GroupSpec[] {
  return byId(Object.values(state.groups)).map((group) => ({
    id: group.id,
    name: group.name,
    ...(group.memberIds.length > 0 ? { members: [...group.memberIds] } : {}),
    strategy: group.strategy,
    ringTimeoutSec: group.ringTimeoutSec,
    noAnswer: { ...group.noAnswer },
    ...routingSpec(state, 'group', group.id),
  }));
}

/** IVR menus as the spec writes them: every field, options by key. */
export function ivrMenusSpec(state: WorkspaceState): IvrMenuSpec[] {
  return byId(Object.values(state.ivrMenus)).map((menu) => ({
    id: menu.id,
    name: menu.name,
    prompt: menu.prompt,
    options: Object.fromEntries(
      Object.keys(menu.options)
        .sort()
        .map((key) => [key, ivrActionFromEngine(menu.options[key]!)]),
    ),
    timeoutSec: menu.timeoutSec,
    noInput: ivrActionFromEngine(menu.noInput),
    invalidInput: ivrActionFromEngine(menu.invalidInput),
    maxRepeats: menu.maxRepeats,
  }));
}
