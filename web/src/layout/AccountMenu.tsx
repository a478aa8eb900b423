import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';

/**
 * Who is signed in, and what they rarely change (workspace, language, signing out), behind
 * one button: the top bar keeps one row at 1280 px in every language and role.
 */
export function AccountMenu() {
  const { t } = useI18n();
  const { session, signOut } = useSignedIn();
  const [open, setOpen] = useState(false);
  const panel = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="account" ref={root}>
      <button
        type="button"
        className="account-button"
        aria-expanded={open}
        aria-controls={panel}
        aria-label={t('session.account', { name: session.user.name })}
        onClick={() => setOpen((was) => !was)}
      >
        <span className="account-initials" aria-hidden="true">
          {initials(session.user.name)}
        </span>
        <span className="account-name">{session.user.name}</span>
      </button>
      <div id={panel} className="account-panel" hidden={!open}>
        <p className="account-who">
          {t('session.signedInAs', { name: session.user.name })}
          <br />
          <span className="muted">{session.user.email}</span>
        </p>
        <WorkspaceSwitcher />
        <LanguageSelect showLabel />
        <button type="button" onClick={() => void signOut()}>
          {t('session.signOut')}
        </button>
      </div>
    </div>
  );
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
