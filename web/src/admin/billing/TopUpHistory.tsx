import { useI18n } from '../../i18n/i18n.tsx';
import type { Account } from './BillingAdmin.tsx';
import { formatMoney } from './money.ts';

/** Credit added to the balance, newest first. */
export function TopUpHistory({ account }: { account: Account }) {
  const { t, language, formatDateTime } = useI18n();
  const { topUps } = account;
  return (
    <section className="panel" aria-labelledby="top-ups-title">
      <h2 id="top-ups-title">{t('directory.billing.topUps')}</h2>
      <table aria-labelledby="top-ups-title">
        <thead>
          <tr>
            <th scope="col">{t('directory.billing.when')}</th>
            <th scope="col" className="billing-amount">
              {t('directory.billing.added')}
            </th>
            <th scope="col" className="billing-amount">
              {t('directory.billing.balanceAfter')}
            </th>
          </tr>
        </thead>
        <tbody>
          {topUps.map((topUp) => (
            <tr key={topUp.seq}>
              <td>{formatDateTime(topUp.at)}</td>
              <td className="billing-amount">{formatMoney(topUp.amountCents, topUp.currency, language)}</td>
              <td className="billing-amount">{formatMoney(topUp.balanceCents, topUp.currency, language)}</td>
            </tr>
          ))}
          {topUps.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                {t('directory.billing.noTopUps')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}
