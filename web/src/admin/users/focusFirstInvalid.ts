import { type RefObject, useEffect } from 'react';

/**
 * After a refused submit, moves focus to the first field marked invalid, so a keyboard or
 * screen-reader user lands on what needs fixing. `attempt` changes on every submit.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, attempt: unknown): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per submit attempt.
  useEffect(() => {
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [attempt]);
}
