import { looksLikePhone } from '../../components/phone.ts';
import { type IvrAction, type IvrMenu, ivrKeys } from './types.ts';

export interface OptionRow {
  key: string;
  action: IvrAction;
}

/** A menu as the editor holds it: options as rows (in key-pad order) so a key can be changed. */
export interface MenuForm {
  name: string;
  prompt: string;
  timeoutSec: string;
  maxRepeats: string;
  noInput: IvrAction;
  invalidInput: IvrAction;
  options: OptionRow[];
}

const keyOrder = (key: string) => ivrKeys.indexOf(key as (typeof ivrKeys)[number]);

export const blankMenu: MenuForm = {
  name: '',
  prompt: '',
  timeoutSec: '8',
  maxRepeats: '2',
  noInput: { kind: 'repeat' },
  invalidInput: { kind: 'repeat' },
  options: [],
};

export function toMenuForm(menu: IvrMenu): MenuForm {
  return {
    name: menu.name,
    prompt: menu.prompt,
    timeoutSec: String(menu.timeoutSec),
    maxRepeats: String(menu.maxRepeats),
    noInput: { ...menu.noInput },
    invalidInput: { ...menu.invalidInput },
    options: Object.entries(menu.options)
      .map(([key, action]) => ({ key, action: { ...action } }))
      .sort((a, b) => keyOrder(a.key) - keyOrder(b.key)),
  };
}

export function menuBody(form: MenuForm) {
  return {
    name: form.name.trim(),
    prompt: form.prompt.trim(),
    timeoutSec: Number(form.timeoutSec),
    maxRepeats: Number(form.maxRepeats),
    noInput: form.noInput,
    invalidInput: form.invalidInput,
    options: Object.fromEntries(form.options.map((row) => [row.key, row.action])),
  };
}

export type MenuProblem = 'required' | 'wholeRange' | 'phone' | 'chooseTarget' | 'keyTwice';

function actionProblem(action: IvrAction): MenuProblem | undefined {
  if (action.kind === 'group' && !action.groupId) return 'chooseTarget';
  if (action.kind === 'extension' && !action.userId) return 'chooseTarget';
  if (action.kind === 'menu' && !action.menuId) return 'chooseTarget';
  if (action.kind === 'forward' && !looksLikePhone(action.to ?? '')) return 'phone';
  return undefined;
}

const whole = (text: string, min: number, max: number) => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max;
};

/** Problems keyed like the server's fields (`options.1`, `noInput`); `key.<i>` for a row's key. */
export function checkMenu(
  form: MenuForm,
): Record<string, { problem: MenuProblem; min?: number; max?: number }> {
  const problems: Record<string, { problem: MenuProblem; min?: number; max?: number }> = {};
  if (!form.name.trim()) problems.name = { problem: 'required' };
  if (!form.prompt.trim()) problems.prompt = { problem: 'required' };
  if (!whole(form.timeoutSec, 1, 60)) problems.timeoutSec = { problem: 'wholeRange', min: 1, max: 60 };
  if (!whole(form.maxRepeats, 0, 5)) problems.maxRepeats = { problem: 'wholeRange', min: 0, max: 5 };
  for (const field of ['noInput', 'invalidInput'] as const) {
    const problem = actionProblem(form[field]);
    if (problem) problems[field] = { problem };
  }
  const seen = new Set<string>();
  form.options.forEach((row, i) => {
    if (seen.has(row.key)) problems[`key.${i}`] = { problem: 'keyTwice' };
    seen.add(row.key);
    const problem = actionProblem(row.action);
    if (problem) problems[`options.${row.key}`] = { problem };
  });
  return problems;
}
