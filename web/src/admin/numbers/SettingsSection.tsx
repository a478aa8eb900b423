import { type ReactNode, useId } from 'react';

/** One titled group of settings; its heading names it for screen readers' region list. */
export function SettingsSection({
  title,
  description,
  anchor,
  children,
}: {
  title: string;
  description?: string;
  /** The section's id, for the page's jump links. */
  anchor?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section id={anchor} className="panel settings-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {description && <p className="muted section-description">{description}</p>}
      {children}
    </section>
  );
}
