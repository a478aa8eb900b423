import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useStreamStatus } from '../api/stream.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { PresenceSelector } from '../presence/PresenceSelector.tsx';
import { WrapUpCountdown } from '../presence/WrapUpCountdown.tsx';
import { useSignedIn } from '../session/session.tsx';
import { Softphone } from '../softphone/Softphone.tsx';
import { AccountMenu } from './AccountMenu.tsx';

const links: { to: string; label: MessageKey; adminOnly?: boolean; staffOnly?: boolean }[] = [
  { to: '/desktop', label: 'nav.desktop' },
  { to: '/chat', label: 'nav.chat' },
  { to: '/history', label: 'nav.history' },
  { to: '/wallboard', label: 'nav.wallboard' },
  { to: '/live', label: 'nav.live', staffOnly: true },
  { to: '/reports', label: 'nav.reports', staffOnly: true },
  { to: '/try', label: 'nav.try' },
  { to: '/workflows', label: 'nav.workflows', adminOnly: true },
  { to: '/simulator', label: 'nav.simulator', adminOnly: true },
  { to: '/admin', label: 'nav.admin', adminOnly: true },
];

/**
 * The frame of every signed-in screen: navigation, presence and session controls on top,
 * the page, and the softphone docked on the right so a call can be taken from any page.
 */
export function Layout() {
  const { t } = useI18n();
  const { session } = useSignedIn();
  const isAdmin = session.user.role === 'admin';
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.main')}>
          <ul>
            {links
              .filter(
                (link) => (!link.adminOnly || isAdmin) && (!link.staffOnly || session.user.role !== 'agent'),
              )
              .map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to}>{t(link.label)}</NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="topbar-tools">
          <StreamIndicator />
          <PresenceSelector />
          <WrapUpCountdown />
          <AccountMenu />
        </div>
      </header>
      <div className="workarea">
        <main id="content" className="page" tabIndex={-1}>
          <Suspense fallback={<section aria-busy="true" />}>
            <Outlet />
          </Suspense>
        </main>
        <aside className="softphone-dock" aria-label={t('nav.softphone')}>
          <Softphone />
        </aside>
      </div>
    </div>
  );
}

function StreamIndicator() {
  const { t } = useI18n();
  const status = useStreamStatus();
  const label =
    status === 'open'
      ? t('stream.connected')
      : status === 'connecting'
        ? t('stream.connecting')
        : t('stream.offline');
  return (
    <span className={`stream stream-${status}`} role="status">
      {label}
    </span>
  );
}
