import type { HistoryEvent } from '../api/calls.ts';
import type { Translate } from '../i18n/i18n.tsx';
import { describeCall } from './describe-call.ts';
import { describeConversation, describeWorkflow } from './describe-chat.ts';
import type { Described } from './describe-words.ts';
import type { Directory } from './directory.ts';

export type { Described, EventTone } from './describe-words.ts';

/** Says an event in words; undefined for bookkeeping a person need not see. */
export function describeEvent(
  event: HistoryEvent,
  t: Translate,
  directory: Directory,
): Described | undefined {
  const context = { t, directory };
  if (event.type.startsWith('call.')) return describeCall(context, event.type, event.data);
  if (event.type.startsWith('conversation.')) return describeConversation(context, event.type, event.data);
  if (event.type.startsWith('workflow.')) return describeWorkflow(context, event.type, event.data);
  return undefined;
}
