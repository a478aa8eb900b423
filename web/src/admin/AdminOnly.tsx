import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';

/** W2: only admins change settings; anyone else who lands here (by address: the nav hides it) is told so. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { session } = useSignedIn();
  const { t } = useI18n();
  if (session.user.role !== 'admin')
    return (
      <p className="panel" role="alert">
        {t('admin.adminOnly')}
      </p>
    );
  return <>{children}</>;
}
