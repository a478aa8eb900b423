import { defineMessages } from '../define.ts';

/** The chat area's messages (keys start with `chat.`). */
export const chat = defineMessages({
  en: {},
  es: {},
});
