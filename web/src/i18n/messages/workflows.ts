import { defineMessages } from '../define.ts';

/** The workflows area's messages (keys start with `workflows.`). */
export const workflows = defineMessages({
  en: {},
  es: {},
});
