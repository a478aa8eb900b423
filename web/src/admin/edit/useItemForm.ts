import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { useFocusFirstError } from '../numbers/useFocusFirstError.ts';

export type SaveStatus = 'idle' | 'saving' | 'saved';

/** What a form's own checks found wrong, field by field, before asking the server. */
export type Problems = Record<string, { problem: string; min?: number; max?: number }>;

/**
 * One item edited with a form the server judges (a group, an IVR menu, a number's
 * settings). `data.key` names what was loaded (workspace and item): the form starts from
 * it once, so a later reload (a reconnect, a save) never overwrites what is being typed.
 */
export function useItemForm<D extends { key: string }, F>(data: D | undefined, initial: (data: D) => F) {
  const { t } = useI18n();
  const [form, setForm] = useState<F>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [status, setStatus] = useState<SaveStatus>('idle');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const formFor = useRef<string>(undefined);
  /** The form as last loaded or saved, to tell whether there are unsaved edits. */
  const pristine = useRef<string>(undefined);
  const start = useRef(initial);
  start.current = initial;
  useEffect(() => {
    if (!data || formFor.current === data.key) return;
    formFor.current = data.key;
    const loaded = start.current(data);
    pristine.current = JSON.stringify(loaded);
    setForm(loaded);
  }, [data]);

  /** Shows the form's own findings; true when there are none and the save may go on. */
  const check = (found: Record<string, string>): boolean => {
    setFailure(undefined);
    setErrors(found);
    if (Object.keys(found).length === 0) return true;
    setFailure(t('telephony.number.fixFields'));
    return false;
  };

  /** The server kept it: show what it now holds. */
  const saved = (next: F) => {
    pristine.current = JSON.stringify(next);
    setForm(next);
    setErrors({});
    setStatus('saved');
  };
  /** The server refused: say why, next to the field it names, and keep the edits. */
  const refused = (error: unknown, key: MessageKey = 'telephony.number.notSaved') => {
    setStatus('idle');
    setFailure(t(key, { message: error instanceof Error ? error.message : String(error) }));
    if (error instanceof ApiError && error.field) setErrors({ [error.field]: error.message });
  };

  return {
    form,
    formRef,
    errors,
    failure,
    status,
    dirty: form !== undefined && JSON.stringify(form) !== pristine.current,
    set(patch: Partial<F>) {
      setForm((previous) => (previous ? { ...previous, ...patch } : previous));
      setStatus('idle');
    },
    check,
    /** The same, for findings named by problem (`telephony.problem.<problem>`). */
    checkProblems(problems: Problems): boolean {
      const found: Record<string, string> = {};
      for (const [field, { problem, min, max }] of Object.entries(problems))
        found[field] = t(`telephony.problem.${problem}` as MessageKey, { min: min ?? '', max: max ?? '' });
      return check(found);
    },
    saving() {
      setStatus('saving');
    },
    saved,
    refused,
    /**
     * Saves with one request: its answer (the item as the server now holds it, as a form)
     * replaces the form; a create that leaves the page answers nothing.
     */
    async send(request: () => Promise<F | undefined>) {
      setStatus('saving');
      try {
        const next = await request();
        if (next) saved(next);
      } catch (error) {
        refused(error);
      }
    },
  };
}
