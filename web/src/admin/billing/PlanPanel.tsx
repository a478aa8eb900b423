import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { serverErrorFor } from '../users/formErrors.ts';
import { useRequest } from '../users/useRequest.ts';
import type { Account } from './BillingAdmin.tsx';
import type { Plan } from './types.ts';

const plans: Plan[] = ['starter', 'business', 'scale'];

/** The workspace's plan (W3): call transfer comes with Business and Scale. */
export function PlanPanel({ account, onChanged }: { account: Account; onChanged(): void }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const { error, saving, send } = useRequest();
  const { workspace, userCount, numbers } = account;

  const choose = (plan: Plan) =>
    send(async () => {
      await api.patch('', { body: { plan } });
      onChanged();
    });

  return (
    <section className="panel" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('directory.billing.plan')}</h2>
      <p className="billing-figure">{t(`directory.plan.${workspace.plan}`)}</p>
      <p className="muted small">{t(`directory.planIncludes.${workspace.plan}`)}</p>
      <dl className="muted small">
        <div>
          <dt className="visually-hidden">{t('directory.billing.usersLabel')}</dt>
          <dd>{t('directory.billing.users', { count: userCount })}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t('directory.billing.numbersLabel')}</dt>
          <dd>{t('directory.billing.numbers', { count: numbers.length })}</dd>
        </div>
      </dl>
      <Field label={t('directory.billing.changePlan')} error={serverErrorFor(error, 'plan')}>
        {(props) => (
          <select
            {...props}
            value={workspace.plan}
            disabled={saving}
            onChange={(event) => choose(event.target.value as Plan)}
          >
            {plans.map((plan) => (
              <option key={plan} value={plan}>
                {t(`directory.plan.${plan}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!serverErrorFor(error, 'plan') && <ErrorText error={error} />}
    </section>
  );
}
