import { useEffect, useRef } from 'react';

/**
 * Moves focus to a page's heading when the page opens, so after following a link or
 * saving a form a screen-reader user hears where they are and tabs on from there.
 * The heading needs tabIndex={-1}.
 */
export function useHeadingFocus<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}
