import { common } from './common.ts';

/**
 * Every area's messages. An area (desktop, chat, admin, …) keeps its own file so people
 * working on different screens never edit the same table.
 */
const areas = [common] as const;

type Area = (typeof areas)[number];
export type MessageKey = keyof Area['en'];

export const messages = {
  en: Object.assign({}, ...areas.map((area) => area.en)) as Record<MessageKey, string>,
  es: Object.assign({}, ...areas.map((area) => area.es)) as Record<MessageKey, string>,
};
