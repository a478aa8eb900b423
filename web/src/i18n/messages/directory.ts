import { defineMessages } from '../define.ts';

/** The directory area's messages (keys start with `directory.`). */
export const directory = defineMessages({
  en: {},
  es: {},
});
