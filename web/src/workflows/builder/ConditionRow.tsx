import type { ReactNode } from 'react';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Op } from '../types.ts';

/** Whether all or any of the conditions must hold (a trigger's, a branch's). */
export function MatchSelect({
  value,
  error,
  onChange,
}: {
  value: 'all' | 'any';
  error?: string;
  onChange(match: 'all' | 'any'): void;
}) {
  const { t } = useI18n();
  return (
    <Field label={t('workflows.match.label')} error={error}>
      {(props) => (
        <select {...props} value={value} onChange={(event) => onChange(event.target.value as 'all' | 'any')}>
          <option value="all">{t('workflows.match.all')}</option>
          <option value="any">{t('workflows.match.any')}</option>
        </select>
      )}
    </Field>
  );
}

/**
 * One condition: what is tested, how, the value to test against (`children`, as the
 * operator asks), and a button to remove it. A trigger tests fields, a branch subjects.
 */
export function ConditionRow<O extends Op>({
  position,
  subject,
  subjects,
  subjectLabel,
  subjectError,
  op,
  ops,
  opError,
  onSubject,
  onOp,
  onRemove,
  children,
}: {
  position: number;
  subject: string;
  subjects: string[];
  subjectLabel(subject: string): string;
  subjectError?: string;
  op: O;
  ops: O[];
  opError?: string;
  onSubject(subject: string): void;
  onOp(op: O): void;
  onRemove(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <li>
      <fieldset className="wf-condition">
        <legend className="visually-hidden">{t('workflows.condition.title', { n: position + 1 })}</legend>
        <Field label={t('workflows.condition.field')} error={subjectError}>
          {(props) => (
            <select {...props} value={subject} onChange={(event) => onSubject(event.target.value)}>
              {subjects.map((each) => (
                <option key={each} value={each}>
                  {subjectLabel(each)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('workflows.condition.op')} error={opError}>
          {(props) => (
            <select {...props} value={op} onChange={(event) => onOp(event.target.value as O)}>
              {ops.map((each) => (
                <option key={each} value={each}>
                  {t(`workflows.op.${each}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {children}
        <button
          type="button"
          className="wf-remove-condition"
          aria-label={t('workflows.condition.removeNamed', { n: position + 1 })}
          onClick={onRemove}
        >
          {t('workflows.condition.remove')}
        </button>
      </fieldset>
    </li>
  );
}
