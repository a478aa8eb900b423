import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { conversationStatuses, missedCallOutcomes } from '../types.ts';
import { type Directory, numberLabel } from '../useDirectory.ts';

/**
 * The value a condition compares with, as the right control for its field: a pick list
 * of the workspace's departments, numbers or users where the value names one of them.
 */
export function ValueControl({
  field,
  value,
  onChange,
  directory,
  error,
}: {
  field: string;
  value: string;
  onChange(value: string): void;
  directory?: Directory;
  error?: string;
}) {
  const { t } = useI18n();
  const options = optionsFor(field, directory, t);
  return (
    <Field label={t('workflows.condition.value')} error={error}>
      {(props) =>
        options ? (
          <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('workflows.choose')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input {...props} value={value} onChange={(event) => onChange(event.target.value)} />
        )
      }
    </Field>
  );
}

function optionsFor(
  field: string,
  directory: Directory | undefined,
  t: ReturnType<typeof useI18n>['t'],
): { value: string; label: string }[] | undefined {
  switch (field) {
    case 'source':
      return [
        { value: 'contact', label: t('workflows.source.contact') },
        { value: 'agent', label: t('workflows.source.agent') },
      ];
    case 'department':
      return directory?.departments.map((department) => ({ value: department.id, label: department.name }));
    case 'number':
      return directory?.numbers.map((number) => ({ value: number.id, label: numberLabel(number) }));
    case 'outcome':
      return missedCallOutcomes.map((outcome) => ({
        value: outcome,
        label: t(`workflows.outcome.${outcome}`),
      }));
    case 'status':
      return conversationStatuses.map((status) => ({
        value: status,
        label: t(`workflows.status.${status}`),
      }));
    case 'contact.responsible':
      return directory?.users.map((user) => ({ value: user.id, label: user.name }));
    default:
      return undefined;
  }
}
