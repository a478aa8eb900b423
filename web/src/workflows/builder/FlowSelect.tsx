import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { stepTitle } from './describe.ts';
import { type EditorStep, type Flow, following, theEnd } from './model.ts';

/** Where a step goes on: the following step in the list, the end, or any other step. */
export function FlowSelect({
  label,
  value,
  onChange,
  steps,
  index,
  error,
}: {
  label: string;
  value: Flow;
  onChange(flow: Flow): void;
  steps: EditorStep[];
  /** The step this path leaves from. */
  index: number;
  error?: string;
}) {
  const { t } = useI18n();
  const after = steps[index + 1];
  return (
    <Field label={label} error={error}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value={following}>
            {after
              ? t('workflows.flow.following', { step: stepTitle(t, after, index + 1) })
              : t('workflows.flow.followingNone')}
          </option>
          <option value={theEnd}>{t('workflows.flow.end')}</option>
          {steps.map((step, position) =>
            position === index ? null : (
              <option key={step.id} value={step.id}>
                {stepTitle(t, step, position)}
              </option>
            ),
          )}
          {value !== following && value !== theEnd && !steps.some((step) => step.id === value) && (
            <option value={value}>{t('workflows.flow.missing', { id: value })}</option>
          )}
        </select>
      )}
    </Field>
  );
}
