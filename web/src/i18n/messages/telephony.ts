import { defineMessages } from '../define.ts';

/** The telephony area's messages (keys start with `telephony.`). */
export const telephony = defineMessages({
  en: {},
  es: {},
});
