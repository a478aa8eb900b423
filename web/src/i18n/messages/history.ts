import { defineMessages } from '../define.ts';

/** The history area's messages (keys start with `history.`). */
export const history = defineMessages({
  en: {},
  es: {},
});
