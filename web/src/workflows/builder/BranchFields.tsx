import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Directory } from '../useDirectory.ts';
import { branchSubjects, conditionError, opsForSubject } from './conditionFields.ts';
import { DurationInput } from './DurationInput.tsx';
import { FlowSelect } from './FlowSelect.tsx';
import {
  defaultsForSubject,
  type EditorBranchCondition,
  type EditorStep,
  newBranchCondition,
  takesValue,
} from './model.ts';
import type { StepError } from './StepCard.tsx';
import { ValueControl } from './ValueControl.tsx';

/** F3: a branch's conditions (all or any of them) and the two paths it can take. */
export function BranchFields({
  step,
  index,
  steps,
  onChange,
  directory,
  error,
}: {
  step: EditorStep;
  index: number;
  steps: EditorStep[];
  onChange(step: EditorStep): void;
  directory?: Directory;
  error?: StepError;
}) {
  const { t } = useI18n();
  const setCondition = (at: number, condition: EditorBranchCondition) =>
    onChange({ ...step, conditions: step.conditions.map((c, i) => (i === at ? condition : c)) });
  return (
    <>
      <div className="wf-fields">
        <Field label={t('workflows.match.label')} error={error?.key === 'match' ? error.message : undefined}>
          {(props) => (
            <select
              {...props}
              value={step.match}
              onChange={(event) => onChange({ ...step, match: event.target.value as 'all' | 'any' })}
            >
              <option value="all">{t('workflows.match.all')}</option>
              <option value="any">{t('workflows.match.any')}</option>
            </select>
          )}
        </Field>
      </div>
      {error?.key === 'conditions' && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      <ol className="wf-conditions">
        {step.conditions.map((condition, position) => {
          const at = (part: string) => conditionError(error?.key, error?.message, position, part);
          return (
            <li key={condition.key}>
              <fieldset className="wf-condition">
                <legend className="visually-hidden">
                  {t('workflows.condition.title', { n: position + 1 })}
                </legend>
                <Field label={t('workflows.condition.field')} error={at('subject')}>
                  {(props) => (
                    <select
                      {...props}
                      value={condition.subject}
                      onChange={(event) =>
                        setCondition(position, {
                          ...condition,
                          subject: event.target.value,
                          ...defaultsForSubject(event.target.value),
                        })
                      }
                    >
                      {branchSubjects.map((subject) => (
                        <option key={subject} value={subject}>
                          {t(`workflows.subject.${subject}` as 'workflows.subject.status')}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('workflows.condition.op')} error={at('op')}>
                  {(props) => (
                    <select
                      {...props}
                      value={condition.op}
                      onChange={(event) =>
                        setCondition(position, {
                          ...condition,
                          op: event.target.value as EditorBranchCondition['op'],
                        })
                      }
                    >
                      {opsForSubject(condition.subject).map((op) => (
                        <option key={op} value={op}>
                          {t(`workflows.op.${op}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {condition.op === 'greater_than' ? (
                  <DurationInput
                    label={t('workflows.condition.duration')}
                    value={condition.since}
                    error={at('seconds')}
                    onChange={(since) => setCondition(position, { ...condition, since })}
                  />
                ) : takesValue(condition.op) ? (
                  <ValueControl
                    field={condition.subject}
                    value={condition.value}
                    directory={directory}
                    error={at('value')}
                    onChange={(value) => setCondition(position, { ...condition, value })}
                  />
                ) : (
                  <span />
                )}
                <button
                  type="button"
                  className="wf-remove-condition"
                  aria-label={t('workflows.condition.removeNamed', { n: position + 1 })}
                  onClick={() =>
                    onChange({ ...step, conditions: step.conditions.filter((_, i) => i !== position) })
                  }
                >
                  {t('workflows.condition.remove')}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p>
        <button
          type="button"
          onClick={() =>
            onChange({ ...step, conditions: [...step.conditions, newBranchCondition('status')] })
          }
        >
          {t('workflows.condition.add')}
        </button>
      </p>
      <div className="wf-fields">
        <FlowSelect
          label={t('workflows.branch.onTrue')}
          value={step.onTrue}
          steps={steps}
          index={index}
          error={error?.key === 'onTrue' ? error.message : undefined}
          onChange={(onTrue) => onChange({ ...step, onTrue })}
        />
        <FlowSelect
          label={t('workflows.branch.onFalse')}
          value={step.onFalse}
          steps={steps}
          index={index}
          error={error?.key === 'onFalse' ? error.message : undefined}
          onChange={(onFalse) => onChange({ ...step, onFalse })}
        />
      </div>
    </>
  );
}
