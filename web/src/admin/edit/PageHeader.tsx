import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** An item page's heading with the way back to its list above it. */
export function PageHeader({
  back,
  titleId,
  children,
}: {
  back: string;
  titleId: string;
  children: ReactNode;
}) {
  return (
    <header className="page-header">
      <Link to=".." relative="path">
        {back}
      </Link>
      <h1 id={titleId}>{children}</h1>
    </header>
  );
}
