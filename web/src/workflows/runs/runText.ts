import type { Directory } from '../../history/names.ts';
import { phoneLabel } from '../../history/names.ts';
import { type MessageKey, messages } from '../../i18n/messages/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { StepOutcome, WorkflowLogEvent } from '../types.ts';
import type { Run } from './runs.ts';

const isPhone = (address: string) => /^\+\d{6,15}$/.test(address);

/**
 * Whom a run is about, as a supervisor says it: a missed call's caller or a conversation's
 * contact by name (a phone written for people), never an internal id.
 */
export function runSubjectText(t: Translate, directory: Directory, run: Run): string {
  if (run.caller) return t('workflows.runs.callFrom', { caller: phoneLabel(directory, run.caller) });
  const contact = run.contact;
  if (contact) {
    const who = contact.name
      ? contact.name
      : isPhone(contact.address)
        ? phoneLabel(directory, contact.address)
        : contact.address.startsWith('visitor_')
          ? t('runs.visitor')
          : contact.address;
    return t('runs.conversationWith', { contact: who });
  }
  if (run.conversationId) return t('workflows.runs.conversation', { id: run.conversationId });
  return t('workflows.runs.call', { id: run.callId ?? '' });
}

/**
 * What a step did, in the reader's language when the engine gave an outcome code (logs
 * written before codes keep their English sentence).
 */
export function resultText(
  t: Translate,
  data: Pick<WorkflowLogEvent['data'], 'result' | 'outcome'>,
  title: (stepId?: string) => string,
): string {
  const outcome = data.outcome;
  const known = (key: string): key is MessageKey => Object.hasOwn(messages.en, key);
  // A code this console does not know yet (a newer server) reads as the English sentence.
  if (!outcome || !known(`runs.outcome.${outcome.code}`)) return data.result ?? '';
  const reasonKey = outcome.reason ? `runs.reason.${outcome.reason.code}` : '';
  const reason = known(reasonKey) ? t(reasonKey, outcome.reason?.params) : (outcome.reason?.code ?? '');
  return t(`runs.outcome.${outcome.code}` as MessageKey, outcomeValues(outcome, reason, title));
}

function outcomeValues(outcome: StepOutcome, reason: string, title: (stepId?: string) => string) {
  const params = outcome.params ?? {};
  return {
    ...params,
    reason,
    ...(typeof params.step === 'string' ? { step: title(params.step) } : {}),
  };
}
