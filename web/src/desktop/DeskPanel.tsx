import type { ReactNode } from 'react';

/** One of the desktop's panels: a titled region, busy while it loads, a summary beside the title. */
export function DeskPanel({
  id,
  title,
  aside,
  busy,
  className,
  children,
}: {
  id: string;
  title: string;
  aside: ReactNode;
  busy: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={className ? `panel desk-panel ${className}` : 'panel desk-panel'}
      aria-labelledby={id}
      aria-busy={busy}
    >
      <header className="desk-panel-header">
        <h2 id={id}>{title}</h2>
        {aside}
      </header>
      {children}
    </section>
  );
}
