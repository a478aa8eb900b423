import { defineMessages } from '../define.ts';

/** The desktop area's messages (keys start with `desktop.`). */
export const desktop = defineMessages({
  en: {},
  es: {},
});
