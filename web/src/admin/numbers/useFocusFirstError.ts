import { type RefObject, useEffect } from 'react';

/**
 * After a refused save, move focus to the first field marked invalid, so keyboard and
 * screen-reader users land on what needs fixing (its message is tied to it).
 */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, errors: Record<string, string>) {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
    first?.scrollIntoView({ block: 'center' });
  }, [errors, form]);
}
