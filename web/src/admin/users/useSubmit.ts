import { useRef, useState } from 'react';
import { useFocusFirstInvalid } from './focusFirstInvalid.ts';
import { useRequest } from './useRequest.ts';

/**
 * A directory form's save: checked in the form first (its messages show from the first
 * attempt on), then judged by the server, whose refusal is kept in `error` for the fields
 * to pick theirs from. Focus goes to the first invalid field after each refused attempt.
 */
export function useSubmit() {
  const form = useRef<HTMLFormElement>(null);
  const [checked, setChecked] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const { error, saving, send } = useRequest();
  const [saved, setSaved] = useState(false);
  useFocusFirstInvalid(form, attempt);

  const submit = async (valid: boolean, save: () => Promise<void>) => {
    setChecked(true);
    setAttempt((count) => count + 1);
    if (!valid) return;
    if (!(await send(save))) setAttempt((count) => count + 1);
  };
  return { form, checked, saving, error, saved, setSaved, submit };
}
