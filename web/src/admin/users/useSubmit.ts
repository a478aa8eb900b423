import { useRef, useState } from 'react';
import { useFocusFirstInvalid } from './focusFirstInvalid.ts';

/**
 * A directory form's save: checked in the form first (its messages show from the first
 * attempt on), then judged by the server, whose refusal is kept in `error` for the fields
 * to pick theirs from. Focus goes to the first invalid field after each refused attempt.
 */
export function useSubmit() {
  const form = useRef<HTMLFormElement>(null);
  const [checked, setChecked] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  useFocusFirstInvalid(form, attempt);

  const submit = async (valid: boolean, save: () => Promise<void>) => {
    setChecked(true);
    setAttempt((count) => count + 1);
    if (!valid) return;
    setSaving(true);
    setError(undefined);
    try {
      await save();
    } catch (caught) {
      setError(caught);
      setAttempt((count) => count + 1);
    } finally {
      setSaving(false);
    }
  };
  return { form, checked, saving, error, saved, setSaved, submit };
}
