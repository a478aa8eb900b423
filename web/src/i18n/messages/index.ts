import { admin } from './admin.ts';
import { browserPhone } from './browser-phone.ts';
import { chat } from './chat.ts';
import { common } from './common.ts';
import { desktop } from './desktop.ts';
import { directory } from './directory.ts';
import { history } from './history.ts';
import { integrations } from './integrations.ts';
import { live } from './live.ts';
import { phones } from './phones.ts';
import { routing } from './routing.ts';
import { runs } from './runs.ts';
import { simulator } from './simulator.ts';
import { softphone } from './softphone.ts';
import { telephony } from './telephony.ts';
import { tryit } from './tryit.ts';
import { wallboard } from './wallboard.ts';
import { workflows } from './workflows.ts';

/**
 * Every area's messages. An area (desktop, chat, admin, …) keeps its own file so people
 * working on different screens never edit the same table.
 */
const areas = [
  common,
  admin,
  desktop,
  softphone,
  browserPhone,
  chat,
  telephony,
  directory,
  history,
  wallboard,
  tryit,
  workflows,
  runs,
  simulator,
  integrations,
  live,
  phones,
  routing,
] as const;

type Area = (typeof areas)[number];
/** Distributes over the areas: a union of every area's keys. */
type KeysOf<A> = A extends { en: infer Table } ? keyof Table : never;
export type MessageKey = KeysOf<Area>;

export const messages = {
  en: Object.assign({}, ...areas.map((area) => area.en)) as Record<MessageKey, string>,
  es: Object.assign({}, ...areas.map((area) => area.es)) as Record<MessageKey, string>,
};
