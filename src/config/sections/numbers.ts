import { checkPhone } from '../../domain/phone.ts';
import type { NumberCommand } from '../../engine/workspace/numbers.ts';
import { changedFields, type Planner, sameSet } from '../planner.ts';
import { formatPath, specError } from '../spec-error.ts';
import { settingsChanges, wantedSettings } from './number-settings.ts';

type NumberChanges = Omit<Extract<NumberCommand, { type: 'number.update' }>, 'type' | 'numberId'>;

/**
 * Numbers come after users, groups and IVR menus, so that their assigned users (W8) and
 * the groups and menus their routes name exist. Label, kind and assignment are one command,
 * call handling settings another: each is issued only when it differs.
 */
export function planNumbers(planner: Planner): void {
  planner.spec.numbers?.forEach((spec, index) => {
    const state = planner.state;
    const path = ['numbers', index];
    const number = state.numbers[spec.id];
    // Left out: every user of the workspace, as the engine does for a new number.
    const assigned = spec.assignedUsers ? [...new Set(spec.assignedUsers)] : Object.keys(state.users);
    const settingsPath = `${formatPath(path)}.settings`;
    const wanted = wantedSettings(state, spec.settings, settingsPath);
    if (!number) {
      planner.issue(
        {
          type: 'number.add',
          numberId: spec.id,
          e164: spec.e164,
          kind: spec.kind,
          label: spec.label,
          assignedUserIds: assigned,
          ...(Object.keys(wanted.patch).length > 0 ? { settings: wanted.patch } : {}),
        },
        path,
        `add number ${spec.id} (${spec.e164.trim()})`,
      );
      return;
    }
    const check = checkPhone(spec.e164);
    if (!check.ok || check.e164 !== number.e164)
      throw specError(
        [...path, 'e164'],
        `number ${spec.id} is ${number.e164}; a number's e164 cannot change: give the new number a new id`,
      );
    const changes: NumberChanges = {};
    const label = spec.label?.trim() || number.e164;
    if (label !== number.label) changes.label = label;
    if (spec.kind !== number.kind) changes.kind = spec.kind;
    if (!sameSet(assigned, number.assignedUserIds)) changes.assignedUserIds = assigned;
    if (Object.keys(changes).length > 0)
      planner.issue(
        { type: 'number.update', numberId: number.id, ...changes },
        path,
        `update number ${number.id}: ${changedFields(changes)}`,
      );
    const settings = settingsChanges(wanted.settings, number.settings);
    if (Object.keys(settings).length === 0) return;
    planner.issue(
      { type: 'number.configure', numberId: number.id, settings },
      settingsPath,
      `configure number ${number.id}: ${changedFields(settings)}`,
    );
  });
}
