import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { useLive } from '../users/useLive.ts';
import { BalancePanel } from './BalancePanel.tsx';
import { LicencePanel } from './LicencePanel.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { TopUpHistory } from './TopUpHistory.tsx';
import type { Billing, PhoneNumberSummary, TopUp, Workspace } from './types.ts';
import '../users/directory.css';
import { useHeadingFocus } from '../users/useHeadingFocus.ts';

export interface Account {
  billing: Billing;
  workspace: Workspace;
  numbers: PhoneNumberSummary[];
  userCount: number;
  topUps: TopUp[];
}

/**
 * Settings → Balance and licence (W3, W7): what the account can do and pay for. Rented
 * numbers spend the balance on forwarded and outbound legs; sip numbers need the licence.
 */
export function BillingAdmin() {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const { api } = useSignedIn();
  const account = useLive<Account>(
    async () => {
      const [billing, workspace, numbers, users, topUps] = await Promise.all([
        api.get('/billing'),
        api.get(''),
        api.get('/numbers'),
        api.get('/users'),
        api.get('/billing/top-ups'),
      ]);
      return {
        billing,
        workspace,
        numbers: numbers.items,
        userCount: users.items.length,
        topUps: topUps.items,
      };
    },
    [api],
    // config:billing also when a forwarded or outbound minute spent some of the balance.
    ['config:billing', 'config:workspace', 'config:number', 'config:user'],
  );
  const { data, error, reload } = account;

  return (
    <section className="directory" aria-labelledby="billing-title" aria-busy={account.loading}>
      <header className="directory-header">
        <h1 id="billing-title" ref={heading} tabIndex={-1}>
          {t('directory.billing.title')}
        </h1>
      </header>
      <ErrorText error={error} />
      {data ? (
        <>
          <div className="billing-summary">
            <BalancePanel account={data} onChanged={reload} />
            <LicencePanel account={data} onChanged={reload} />
            <PlanPanel account={data} onChanged={reload} />
          </div>
          <TopUpHistory account={data} />
        </>
      ) : (
        !error && <p aria-busy="true">{t('common.loading')}</p>
      )}
    </section>
  );
}
