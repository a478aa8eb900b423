import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { type TriggerKind, triggerKinds } from '../types.ts';
import type { Directory } from '../useDirectory.ts';
import { ConditionRow, MatchSelect } from './ConditionRow.tsx';
import { conditionError, opsForField, triggerFields } from './conditionFields.ts';
import {
  defaultsForField,
  type EditorDefinition,
  type EditorTriggerCondition,
  newTriggerCondition,
  takesValue,
} from './model.ts';
import { ValueControl } from './ValueControl.tsx';

type TriggerValue = EditorDefinition['trigger'];

/** F2: what starts the workflow, and the conditions the start must meet. */
export function TriggerEditor({
  trigger,
  onChange,
  directory,
  error,
}: {
  trigger: TriggerValue;
  onChange(trigger: TriggerValue): void;
  directory?: Directory;
  error?: { key: string; message: string };
}) {
  const { t } = useI18n();
  const fields = triggerFields[trigger.kind];
  const setKind = (kind: TriggerKind) =>
    onChange({
      ...trigger,
      kind,
      // A condition this kind of trigger cannot test would only be refused.
      conditions: trigger.conditions.filter((condition) => triggerFields[kind].includes(condition.field)),
    });
  const setCondition = (index: number, condition: EditorTriggerCondition) =>
    onChange({ ...trigger, conditions: trigger.conditions.map((c, i) => (i === index ? condition : c)) });
  const claimed = error && /^(kind|match|conditions\[\d+\]\.(field|op|value))$/.test(error.key);
  return (
    <section className="panel wf-trigger" aria-labelledby="wf-trigger-title">
      <h2 id="wf-trigger-title">{t('workflows.trigger.title')}</h2>
      {error && !claimed && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
      <div className="wf-fields">
        <Field label={t('workflows.trigger.kind')} error={error?.key === 'kind' ? error.message : undefined}>
          {(props) => (
            <select
              {...props}
              value={trigger.kind}
              onChange={(event) => setKind(event.target.value as TriggerKind)}
            >
              {triggerKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`workflows.trigger.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <MatchSelect
          value={trigger.match}
          error={error?.key === 'match' ? error.message : undefined}
          onChange={(match) => onChange({ ...trigger, match })}
        />
      </div>
      {trigger.conditions.length === 0 && <p className="muted">{t('workflows.trigger.always')}</p>}
      <ol className="wf-conditions">
        {trigger.conditions.map((condition, index) => {
          const at = (part: string) => conditionError(error?.key, error?.message, index, part);
          return (
            <ConditionRow
              key={condition.key}
              position={index}
              subject={condition.field}
              subjects={fields}
              subjectLabel={(field) => t(`workflows.field.${field}` as 'workflows.field.source')}
              subjectError={at('field')}
              op={condition.op}
              ops={opsForField(condition.field)}
              opError={at('op')}
              onSubject={(field) => setCondition(index, { ...condition, field, ...defaultsForField(field) })}
              onOp={(op) => setCondition(index, { ...condition, op })}
              onRemove={() =>
                onChange({ ...trigger, conditions: trigger.conditions.filter((_, i) => i !== index) })
              }
            >
              {takesValue(condition.op) ? (
                <ValueControl
                  field={condition.field}
                  value={condition.value}
                  directory={directory}
                  error={at('value')}
                  onChange={(value) => setCondition(index, { ...condition, value })}
                />
              ) : (
                <span />
              )}
            </ConditionRow>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() =>
          onChange({ ...trigger, conditions: [...trigger.conditions, newTriggerCondition(fields[0]!)] })
        }
      >
        {t('workflows.condition.add')}
      </button>
    </section>
  );
}
