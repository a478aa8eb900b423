import { type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * One titled group of settings; its heading names it for screen readers' region list. A
 * `folded` section shows its title and description only, so the page reads as a list of what
 * it holds; it unfolds on a click, on its jump link, and by itself when a field in it is
 * refused (the refusal must be seen).
 */
export function SettingsSection({
  title,
  description,
  anchor,
  folded = false,
  children,
}: {
  title: string;
  description?: string;
  /** The section's id, for the page's jump links. */
  anchor?: string;
  folded?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const bodyId = `${id}-body`;
  const body = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(!folded);

  // Before the page focuses the first refused field: it must not be inside a folded section.
  useLayoutEffect(() => {
    if (open || !body.current?.querySelector('[aria-invalid="true"]')) return;
    body.current.hidden = false;
    setOpen(true);
  });

  useEffect(() => {
    if (!anchor) return;
    const follow = () => {
      if (window.location.hash === `#${anchor}`) setOpen(true);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [anchor]);

  return (
    <section id={anchor} className="panel settings-section" aria-labelledby={id}>
      <div className="settings-section-head">
        <h2 id={id}>{title}</h2>
        {folded && (
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls={bodyId}
            aria-label={t(open ? 'telephony.section.hide' : 'telephony.section.show', { section: title })}
            onClick={() => setOpen(!open)}
          >
            {t(open ? 'telephony.section.hideShort' : 'telephony.section.showShort')}
          </button>
        )}
      </div>
      {description && <p className="muted section-description">{description}</p>}
      <div id={bodyId} ref={body} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
