import type { HistoryEvent } from '../api/calls.ts';
import type { Translate } from '../i18n/translate.ts';
import { describeCall } from './describe-call.ts';
import { describeConversation, describeWorkflow } from './describe-chat.ts';
import { describeSupervision } from './describe-supervision.ts';
import { type Described, line, skillLines } from './describe-words.ts';
import type { Directory } from './names.ts';

export type { Described, EventTone } from './describe-words.ts';

/**
 * The number each external leg rang (a forward, an external transfer), by leg id: a leg's
 * end names no number, and without it a forwarded leg would read as the caller's.
 */
export function externalLegNumbers(events: HistoryEvent[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const event of events)
    if (event.type === 'call.leg_ringing' && !event.data.userId && typeof event.data.number === 'string')
      numbers.set(event.data.legId, event.data.number);
  return numbers;
}

/** Says an event in words; undefined for bookkeeping a person need not see. */
export function describeEvent(
  event: HistoryEvent,
  t: Translate,
  directory: Directory,
  legNumbers: ReadonlyMap<string, string> = new Map(),
): Described | undefined {
  const context = { t, directory, legNumbers };
  const supervision = describeSupervision(context, event.type, event.data);
  if (supervision) return supervision;
  if (event.type.startsWith('call.')) return describeCall(context, event.type, event.data);
  if (event.type.startsWith('conversation.')) return describeConversation(context, event.type, event.data);
  if (event.type.startsWith('workflow.')) return describeWorkflow(context, event.type, event.data);
  // R1: a requirement relaxed by the wait.
  if (event.type === 'routing.relaxed')
    return line('routing', t('history.skills.relaxedTitle'), {
      details: skillLines(t, { skills: event.data }),
    });
  return undefined;
}
