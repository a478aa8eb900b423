import { defineMessages } from '../define.ts';

/** The softphone area's messages (keys start with `softphone.`). */
export const softphone = defineMessages({
  en: {},
  es: {},
});
