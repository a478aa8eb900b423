import { type FormEvent, useState } from 'react';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { formLevelError, serverErrorFor } from '../users/formErrors.ts';
import { useRequest } from '../users/useRequest.ts';
import type { Account } from './BillingAdmin.tsx';
import { formatMoney, parseAmount } from './money.ts';

const presets = [1000, 2500, 5000, 10000];

/** The telephony balance and adding credit to it. */
export function BalancePanel({ account, onChanged }: { account: Account; onChanged(): void }) {
  const { t, language } = useI18n();
  const { api } = useSignedIn();
  const { billing, numbers } = account;
  const money = (cents: number) => formatMoney(cents, billing.currency, language);
  const [amount, setAmount] = useState('');
  const [invalid, setInvalid] = useState(false);
  const { error, saving, send } = useRequest();
  const [notice, setNotice] = useState('');
  const rented = numbers.filter((number) => number.kind === 'rented').length;
  const empty = billing.balanceCents <= 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice('');
    const cents = parseAmount(amount);
    setInvalid(cents === undefined);
    if (cents === undefined) return;
    await send(async () => {
      const updated = await api.post('/billing/top-ups', { body: { amountCents: cents } });
      setAmount('');
      setNotice(
        t('directory.billing.toppedUp', {
          amount: formatMoney(cents, updated.currency, language),
          balance: formatMoney(updated.balanceCents, updated.currency, language),
        }),
      );
      onChanged();
    });
  };

  return (
    <section className="panel" aria-labelledby="balance-title">
      <h2 id="balance-title">{t('directory.billing.balance')}</h2>
      <output className={`billing-figure${empty ? ' billing-low' : ''}`} aria-labelledby="balance-title">
        {money(billing.balanceCents)}
      </output>
      <p className="muted small">
        {empty && rented > 0
          ? t('directory.billing.balanceEmpty')
          : t('directory.billing.balanceHint', { count: rented })}
      </p>
      <form noValidate onSubmit={submit} aria-labelledby="top-up-title">
        <h3 id="top-up-title">{t('directory.billing.topUp')}</h3>
        <div className="billing-presets">
          {presets.map((cents) => (
            <button
              key={cents}
              type="button"
              aria-pressed={parseAmount(amount) === cents}
              onClick={() => {
                setAmount((cents / 100).toString());
                setInvalid(false);
              }}
            >
              {money(cents)}
            </button>
          ))}
        </div>
        <Field
          label={t('directory.billing.amount', { currency: billing.currency })}
          error={invalid ? t('directory.validation.amount') : serverErrorFor(error, 'amountCents')}
        >
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              autoComplete="off"
              value={amount}
              onChange={(event) => {
                setAmount(event.target.value);
                setNotice('');
              }}
            />
          )}
        </Field>
        <ErrorText error={formLevelError(error, ['amountCents'])} />
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('common.saving') : t('directory.billing.addCredit')}
          </button>
        </div>
        <p role="status" className="success directory-notice">
          {notice}
        </p>
      </form>
    </section>
  );
}
