import { Link } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { useSignedIn } from '../../session/session.tsx';

/** The telephony groups with their members, strategy and what happens when nobody answers. */
export function GroupsList() {
  const { api } = useSignedIn();
  const { t } = useI18n();
  const loaded = useResource(async () => {
    const [groups, users] = await Promise.all([api.get('/groups'), api.get('/users')]);
    return { groups: groups.items, names: new Map(users.items.map((user) => [user.id, user.name])) };
  }, [api.workspaceId]);
  const data = loaded.data;
  return (
    <section className="panel" aria-labelledby="groups-title" aria-busy={loaded.loading}>
      <div className="row section-header">
        <h1 id="groups-title">{t('telephony.groups.title')}</h1>
        <span className="spacer" />
        <Link className="button primary" to="new">
          {t('telephony.groups.new')}
        </Link>
      </div>
      <p className="muted">{t('telephony.groups.description')}</p>
      <ErrorText error={loaded.error} />
      {data && data.groups.length === 0 && <p className="muted">{t('telephony.groups.empty')}</p>}
      {data && data.groups.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('common.name')}</th>
              <th scope="col">{t('telephony.groups.members')}</th>
              <th scope="col">{t('telephony.strategy.label')}</th>
              <th scope="col">{t('telephony.groups.noAnswer')}</th>
            </tr>
          </thead>
          <tbody>
            {data.groups.map((group) => (
              <tr key={group.id}>
                <td>
                  <Link to={encodeURIComponent(group.id)}>{group.name}</Link>
                </td>
                <td>
                  {group.memberIds.length === 0 ? (
                    <span className="muted">{t('telephony.groups.noMembers')}</span>
                  ) : (
                    group.memberIds.map((id) => data.names.get(id) ?? id).join(', ')
                  )}
                </td>
                <td>{t(`telephony.strategy.${group.strategy}` as MessageKey)}</td>
                <td>{t(`telephony.groups.noAnswer.${group.noAnswer.kind}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
