import { useI18n } from '../../i18n/i18n.tsx';
import { ConditionRow, MatchSelect } from './ConditionRow.tsx';
import { branchSubjects, conditionError, opsForSubject } from './conditionFields.ts';
import { DurationInput } from './DurationInput.tsx';
import { FlowSelect } from './FlowSelect.tsx';
import { defaultsForSubject, type EditorBranchCondition, newBranchCondition, takesValue } from './model.ts';
import type { StepFieldsProps } from './StepCard.tsx';
import { ValueControl } from './ValueControl.tsx';

/** F3: a branch's conditions (all or any of them) and the two paths it can take. */
export function BranchFields({ step, index, steps, onChange, directory, error }: StepFieldsProps) {
  const { t } = useI18n();
  const setCondition = (at: number, condition: EditorBranchCondition) =>
    onChange({ ...step, conditions: step.conditions.map((c, i) => (i === at ? condition : c)) });
  return (
    <>
      <div className="wf-fields">
        <MatchSelect
          value={step.match}
          error={error?.key === 'match' ? error.message : undefined}
          onChange={(match) => onChange({ ...step, match })}
        />
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
            <ConditionRow
              key={condition.key}
              position={position}
              subject={condition.subject}
              subjects={branchSubjects}
              subjectLabel={(subject) => t(`workflows.subject.${subject}` as 'workflows.subject.status')}
              subjectError={at('subject')}
              op={condition.op}
              ops={opsForSubject(condition.subject)}
              opError={at('op')}
              onSubject={(subject) =>
                setCondition(position, { ...condition, subject, ...defaultsForSubject(subject) })
              }
              onOp={(op) => setCondition(position, { ...condition, op })}
              onRemove={() =>
                onChange({ ...step, conditions: step.conditions.filter((_, i) => i !== position) })
              }
            >
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
            </ConditionRow>
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
