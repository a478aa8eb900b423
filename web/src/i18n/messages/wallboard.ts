import { defineMessages } from '../define.ts';

/** The wallboard area's messages (keys start with `wallboard.`). */
export const wallboard = defineMessages({
  en: {},
  es: {},
});
