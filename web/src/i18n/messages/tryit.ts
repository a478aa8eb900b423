import { defineMessages } from '../define.ts';

/** The tryit area's messages (keys start with `tryit.`). */
export const tryit = defineMessages({
  en: {},
  es: {},
});
