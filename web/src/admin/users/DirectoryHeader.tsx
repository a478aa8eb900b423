import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useHeadingFocus } from './useHeadingFocus.ts';

/** The top of one user's, contact's or department's page: the way back, then its name (focused on open). */
export function DirectoryHeader({
  back,
  titleId,
  title,
  children,
}: {
  back: string;
  titleId: string;
  title: string;
  /** Shown beside the name (presence, a summary). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  return (
    <>
      <nav className="directory-crumbs" aria-label={t('directory.breadcrumb')}>
        <Link to=".." relative="path">
          {back}
        </Link>
      </nav>
      <header className="directory-header">
        <h1 id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </header>
    </>
  );
}
