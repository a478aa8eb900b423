import { type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { formatPhone } from '../../components/phone.ts';
import { useResource } from '../../components/useResource.ts';
import { type Translate, useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { useSignedIn } from '../../session/session.tsx';
import { AddNumberDialog } from './AddNumberDialog.tsx';
import type { NumberSettings, PhoneNumber } from './types.ts';

type Row = PhoneNumber & { settings: NumberSettings; routeName?: string };

const NotApplicable = () => <span className="muted">—</span>;

/**
 * Where a number's calls go: the route when it receives them, the forwarding number when it
 * forwards them all; nothing when it refuses them (the strategy and route do not apply then).
 */
function sendsTo(number: Row, t: Translate): ReactNode {
  const { settings } = number;
  if (settings.mode === 'forward_all')
    return settings.forwardTo ? formatPhone(settings.forwardTo) : <NotApplicable />;
  if (settings.mode === 'reject') return <NotApplicable />;
  const route = settings.route;
  if (route.kind === 'agents') return t('telephony.numbers.route.agents');
  const name = number.routeName ?? (route.kind === 'group' ? route.groupId : route.menuId) ?? '';
  return t(route.kind === 'group' ? 'telephony.numbers.route.group' : 'telephony.numbers.route.ivr', {
    name,
  });
}

/** Every number of the workspace with how it takes calls; each opens its settings page. */
export function NumbersList() {
  const { api } = useSignedIn();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const numbers = useResource<Row[]>(async () => {
    const [{ items }, groups, menus] = await Promise.all([
      api.get('/numbers'),
      api.get('/groups'),
      api.get('/ivr-menus'),
    ]);
    const names = new Map([...groups.items, ...menus.items].map((item) => [item.id, item.name]));
    return Promise.all(
      items.map(async (number) => {
        const settings = await api.get('/numbers/{numberId}/settings', { path: { numberId: number.id } });
        const route = settings.route;
        const routeName =
          route.kind === 'group'
            ? names.get(route.groupId ?? '')
            : route.kind === 'ivr'
              ? names.get(route.menuId ?? '')
              : undefined;
        return { ...number, settings, routeName };
      }),
    );
  }, [api.workspaceId]);

  return (
    <section className="panel" aria-labelledby="numbers-title" aria-busy={numbers.loading}>
      <div className="row section-header">
        <h1 id="numbers-title">{t('telephony.numbers.title')}</h1>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('telephony.numbers.add')}
        </button>
      </div>
      <ErrorText error={numbers.error} />
      {numbers.data && numbers.data.length === 0 && <p className="muted">{t('telephony.numbers.empty')}</p>}
      {numbers.data && numbers.data.length > 0 && (
        <table className="numbers-table">
          <thead>
            <tr>
              <th scope="col">{t('telephony.numbers.number')}</th>
              <th scope="col">{t('telephony.number.label')}</th>
              <th scope="col">{t('telephony.number.kind')}</th>
              <th scope="col">{t('telephony.mode.title')}</th>
              <th scope="col">{t('telephony.route.kind')}</th>
              <th scope="col">{t('telephony.strategy.label')}</th>
              <th scope="col">{t('telephony.numbers.assigned')}</th>
            </tr>
          </thead>
          <tbody>
            {numbers.data.map((number) => (
              <tr key={number.id}>
                <td className="nowrap">
                  <Link to={encodeURIComponent(number.id)}>{formatPhone(number.e164)}</Link>
                </td>
                <td>{number.label || <NotApplicable />}</td>
                <td>{t(`telephony.kind.${number.kind}` as MessageKey)}</td>
                <td>{t(`telephony.mode.${number.settings.mode}` as MessageKey)}</td>
                <td>{sendsTo(number, t)}</td>
                <td>
                  {number.settings.mode === 'receive' && number.settings.route.kind === 'agents' ? (
                    t(`telephony.strategy.${number.settings.strategy}` as MessageKey)
                  ) : (
                    <NotApplicable />
                  )}
                </td>
                <td>{number.assignedUserIds.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddNumberDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(number) => {
          setAdding(false);
          navigate(encodeURIComponent(number.id));
        }}
      />
    </section>
  );
}
