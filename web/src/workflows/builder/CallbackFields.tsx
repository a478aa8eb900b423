import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Directory } from '../useDirectory.ts';
import type { EditorStep } from './model.ts';
import type { StepError } from './StepCard.tsx';
import { TextWithPlaceholders } from './TextWithPlaceholders.tsx';

export const callbackPlaceholders = [
  { name: 'caller', meaning: 'workflows.placeholders.caller' as const },
  { name: 'contact', meaning: 'workflows.placeholders.contact' as const },
  { name: 'number', meaning: 'workflows.placeholders.number' as const },
  { name: 'outcome', meaning: 'workflows.placeholders.outcome' as const },
];

/** call_missed: the conversation to call the caller back on, and the note that opens it. */
export function CallbackFields({
  step,
  onChange,
  directory,
  error,
}: {
  step: EditorStep;
  onChange(step: EditorStep): void;
  directory?: Directory;
  error?: StepError;
}) {
  const { t } = useI18n();
  const at = (key: string) => (error?.key === key ? error.message : undefined);
  return (
    <>
      <div className="wf-fields">
        <Field label={t('workflows.callback.channel')} error={at('channel')}>
          {(props) => (
            <input
              {...props}
              value={step.channel}
              onChange={(event) => onChange({ ...step, channel: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('workflows.callback.department')} error={at('departmentId')}>
          {(props) => (
            <select
              {...props}
              value={step.callbackDepartmentId}
              onChange={(event) => onChange({ ...step, callbackDepartmentId: event.target.value })}
            >
              <option value="">{t('workflows.callback.defaultDepartment')}</option>
              {directory?.departments.map((department) => (
                <option key={department.id} value={department.id}>
                  {department.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <TextWithPlaceholders
        label={t('workflows.callback.text')}
        value={step.text}
        error={at('text')}
        placeholders={callbackPlaceholders}
        onChange={(text) => onChange({ ...step, text })}
      />
    </>
  );
}
