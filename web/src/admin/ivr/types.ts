import { type Answer, everyValue } from '../../api/contract.ts';

/** V10: a voice menu, as the API answers it. */
export type IvrMenu = Answer<'getIvrMenu'>;
/** V10: what a key press (or no input) does. */
export type IvrAction = IvrMenu['noInput'];
export type IvrActionKind = IvrAction['kind'];

export const ivrActionKinds = everyValue<IvrActionKind>()([
  'group',
  'extension',
  'forward',
  'voicemail',
  'menu',
  'repeat',
  'hang_up',
]);

export const ivrKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;
