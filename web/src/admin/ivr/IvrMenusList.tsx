import { Link } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';

/** The voice menus callers hear, with their greeting and how many keys they answer to. */
export function IvrMenusList() {
  const { api } = useSignedIn();
  const { t } = useI18n();
  const menus = useResource(
    async () => (await api.get('/ivr-menus')).items.sort((a, b) => a.name.localeCompare(b.name)),
    [api.workspaceId],
  );
  return (
    <section className="panel" aria-labelledby="ivr-title" aria-busy={menus.loading}>
      <div className="row section-header">
        <h1 id="ivr-title">{t('telephony.ivr.title')}</h1>
        <span className="spacer" />
        <Link className="button primary" to="new">
          {t('telephony.ivr.new')}
        </Link>
      </div>
      <p className="muted">{t('telephony.ivr.description')}</p>
      <ErrorText error={menus.error} />
      {menus.data && menus.data.length === 0 && <p className="muted">{t('telephony.ivr.empty')}</p>}
      {menus.data && menus.data.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('telephony.ivr.prompt')}</th>
              <th scope="col">{t('telephony.ivr.options')}</th>
            </tr>
          </thead>
          <tbody>
            {menus.data.map((menu) => (
              <tr key={menu.id}>
                <td>
                  <Link to={encodeURIComponent(menu.id)}>{menu.name}</Link>
                </td>
                <td className="clip">{menu.prompt}</td>
                <td>{Object.keys(menu.options).sort().join(' · ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
