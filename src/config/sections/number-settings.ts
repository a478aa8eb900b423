import type { CountryCode } from 'libphonenumber-js/max';
import { DomainError } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import {
  defaultNumberSettings,
  type NumberSettings,
  type NumberSettingsPatch,
  patchNumberSettings,
} from '../../engine/voice/number-settings.ts';
import { refusalAt } from '../planner.ts';
import type { NumberSettingsSpec } from '../spec.ts';
import { sameValue, settingsToEngine } from '../voice-forms.ts';

/** A number's settings as the spec asks for them: the spec's fields over the engine's defaults. */
export interface WantedSettings {
  /** The spec's own fields, as the engine takes them (for number.add). */
  patch: NumberSettingsPatch;
  /** Every setting, checked and normalised as the engine would store it. */
  settings: NumberSettings;
}

/**
 * Declarative like every section: a setting the spec leaves out is its engine default, so
 * dropping a field from the file resets it. The engine's own checks run here, against the
 * workspace as the plan has left it (groups and menus already created), so a bad value is
 * refused naming its path: numbers[0].settings.forwardTo.
 */
export function wantedSettings(
  state: WorkspaceState,
  spec: NumberSettingsSpec | undefined,
  path: string,
): WantedSettings {
  const patch = settingsToEngine(spec ?? {}, state.timeZone);
  try {
    const settings = patchNumberSettings(
      defaultNumberSettings,
      patch,
      {
        hasGroup: (groupId) => Boolean(state.groups[groupId]),
        hasMenu: (menuId) => Boolean(state.ivrMenus[menuId]),
      },
      state.defaultCountry as CountryCode | undefined,
    );
    return { patch, settings };
  } catch (error) {
    if (error instanceof DomainError) throw refusalAt(error, path);
    throw error;
  }
}

/** The patch that takes live settings to the wanted ones: only the fields that differ. */
export function settingsChanges(wanted: NumberSettings, live: NumberSettings): NumberSettingsPatch {
  const changes: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(wanted), ...Object.keys(live)]) as Set<keyof NumberSettings>;
  for (const key of keys)
    if (!sameValue(wanted[key], live[key])) changes[key] = wanted[key] === undefined ? null : wanted[key];
  return changes as NumberSettingsPatch;
}
