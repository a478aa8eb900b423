import { useRef, useState } from 'react';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { type StepKind, stepKinds } from '../types.ts';
import type { Directory } from '../useDirectory.ts';
import { type EditorDefinition, moveStep, newStep, withoutStep } from './model.ts';
import { StepCard, type StepError } from './StepCard.tsx';
import { TriggerEditor } from './TriggerEditor.tsx';

export interface FlowErrors {
  trigger?: StepError;
  steps: Record<string, StepError>;
}

/**
 * The whole flow as a person reads it: the trigger, then the steps from top to bottom.
 * Read-only (an older version) disables every control at once.
 */
export function FlowEditor({
  value,
  onChange,
  directory,
  errors,
  readOnly,
}: {
  value: EditorDefinition;
  onChange(value: EditorDefinition): void;
  directory?: Directory;
  errors?: FlowErrors;
  readOnly?: boolean;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<StepKind>('assign');
  const [added, setAdded] = useState<string>();
  const stepsHeading = useRef<HTMLHeadingElement>(null);
  const { steps } = value;
  const setSteps = (next: typeof steps) => onChange({ ...value, steps: next });
  return (
    <fieldset className="wf-flow" disabled={readOnly}>
      <legend className="visually-hidden">{t('workflows.flow.title')}</legend>
      <TriggerEditor
        trigger={value.trigger}
        directory={directory}
        error={errors?.trigger}
        onChange={(trigger) => onChange({ ...value, trigger })}
      />
      <h2 className="wf-steps-title" ref={stepsHeading} tabIndex={-1}>
        {t('workflows.steps.title')}
      </h2>
      {steps.length === 0 && <p className="muted">{t('workflows.steps.empty')}</p>}
      <ol className="wf-steps">
        {steps.map((step, index) => (
          <StepCard
            key={step.id}
            step={step}
            index={index}
            steps={steps}
            directory={directory}
            error={errors?.steps[step.id]}
            focusOnMount={step.id === added}
            onChange={(changed) => setSteps(steps.map((s) => (s.id === step.id ? changed : s)))}
            onMove={(by) => setSteps(moveStep(steps, index, by))}
            onRemove={() => {
              setSteps(withoutStep(steps, step.id));
              // The card and its button are gone: the list's heading keeps the keyboard's place.
              stepsHeading.current?.focus();
            }}
          />
        ))}
      </ol>
      {!readOnly && (
        <div className="row wf-add-step">
          <Field label={t('workflows.steps.newKind')}>
            {(props) => (
              <select {...props} value={kind} onChange={(event) => setKind(event.target.value as StepKind)}>
                {stepKinds.map((option) => (
                  <option key={option} value={option}>
                    {t(`workflows.kind.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button
            type="button"
            onClick={() => {
              const step = newStep(
                kind,
                steps.map((existing) => existing.id),
              );
              setAdded(step.id);
              setSteps([...steps, step]);
            }}
          >
            {t('workflows.steps.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
