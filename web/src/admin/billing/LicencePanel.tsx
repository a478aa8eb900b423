import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { useRequest } from '../users/useRequest.ts';
import type { Account } from './BillingAdmin.tsx';

/** The SIP-connector licence that sip numbers need to forward and call out (W7). */
export function LicencePanel({ account, onChanged }: { account: Account; onChanged(): void }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const { error, saving, send } = useRequest();
  const active = account.billing.sipLicence;
  const sip = account.numbers.filter((number) => number.kind === 'sip').length;

  const toggle = () =>
    send(async () => {
      await api.patch('/billing', { body: { sipLicence: !active } });
      onChanged();
    });

  return (
    <section className="panel" aria-labelledby="licence-title">
      <h2 id="licence-title">{t('directory.billing.licence')}</h2>
      <p className="billing-figure">
        <span className={active ? 'billing-status-on' : 'billing-status-off'}>
          {active ? t('directory.billing.licenceActive') : t('directory.billing.licenceInactive')}
        </span>
      </p>
      <p className="muted small">{t('directory.billing.sipNumbers', { count: sip })}</p>
      {!active && sip > 0 && (
        <p className="note small" role="note">
          {t('directory.billing.licenceNeeded')}
        </p>
      )}
      <ErrorText error={error} />
      <button type="button" disabled={saving} onClick={toggle}>
        {active ? t('directory.billing.deactivateLicence') : t('directory.billing.activateLicence')}
      </button>
    </section>
  );
}
