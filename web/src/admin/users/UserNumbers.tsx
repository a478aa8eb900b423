import { Link } from 'react-router';
import type { User } from '../../api/types.ts';
import { formatPhone } from '../../components/phone.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { useLive } from './useLive.ts';

/**
 * The numbers this user makes and receives calls on (W8). They are assigned per number,
 * on the number's page, so here they are only listed.
 */
export function UserNumbers({ user }: { user: User }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const numbers = useLive(() => api.get('/numbers').then((page) => page.items), [api], ['config:number']);
  const assigned = (numbers.data ?? []).filter((number) => user.numberIds.includes(number.id));
  return (
    <section className="panel" aria-labelledby="user-numbers-title">
      <h2 id="user-numbers-title">{t('directory.users.numbers')}</h2>
      {numbers.data && assigned.length === 0 && <p className="muted">{t('directory.users.noNumbers')}</p>}
      {assigned.length > 0 && (
        <ul className="directory-numbers">
          {assigned.map((number) => (
            <li key={number.id}>
              <span className="directory-phones">{formatPhone(number.e164)}</span>{' '}
              <span className="muted">{number.label}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">
        {t('directory.users.numbersHint')} <Link to="/admin/numbers">{t('admin.numbers')}</Link>
      </p>
    </section>
  );
}
