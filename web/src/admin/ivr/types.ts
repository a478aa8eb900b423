export const ivrActionKinds = [
  'group',
  'extension',
  'forward',
  'voicemail',
  'menu',
  'repeat',
  'hang_up',
] as const;
export type IvrActionKind = (typeof ivrActionKinds)[number];

/** V10: what a key press (or no input) does. */
export interface IvrAction {
  kind: IvrActionKind;
  groupId?: string;
  userId?: string;
  menuId?: string;
  to?: string;
}

export interface IvrMenu {
  id: string;
  name: string;
  prompt: string;
  options: Record<string, IvrAction>;
  timeoutSec: number;
  noInput: IvrAction;
  invalidInput: IvrAction;
  maxRepeats: number;
}

export const ivrKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;
