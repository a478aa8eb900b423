import type { MessageKey } from './messages/index.ts';

/** A message in the page's language, `{name}` placeholders filled from `values`. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
