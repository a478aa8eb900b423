import { useEffect, useId, useRef } from 'react';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { type StepKind, stepKinds } from '../types.ts';
import type { Directory } from '../useDirectory.ts';
import { AssignFields } from './AssignFields.tsx';
import { BranchFields } from './BranchFields.tsx';
import { CallbackFields } from './CallbackFields.tsx';
import { DurationInput } from './DurationInput.tsx';
import { describeStep, stepTitle } from './describe.ts';
import { FlowSelect } from './FlowSelect.tsx';
import { type EditorStep, newBranchCondition } from './model.ts';
import { TextWithPlaceholders } from './TextWithPlaceholders.tsx';

/** A server refusal aimed at this step: the key is the part after `steps.<id>.`. */
export interface StepError {
  key: string;
  message: string;
}

/** What the fields of a step that can lead elsewhere (assign, branch) get from their card. */
export interface StepFieldsProps {
  step: EditorStep;
  index: number;
  steps: EditorStep[];
  onChange(step: EditorStep): void;
  directory?: Directory;
  error?: StepError;
}

const commentPlaceholders = [
  { name: 'previous_assignee', meaning: 'workflows.placeholders.previous_assignee' as const },
  { name: 'assignee', meaning: 'workflows.placeholders.assignee' as const },
];

/** The keys a step's own fields show their error under; any other goes on top of the card. */
const fieldKeys: Record<StepKind, RegExp> = {
  assign: /^(target\.(kind|userId|departmentId|strategy)|whenNobodyQualifies|goto|next)$/,
  wait: /^(seconds|next)$/,
  branch: /^(match|onTrue|onFalse|conditions|conditions\[\d+\]\.(subject|op|value|seconds))$/,
  add_comment: /^(text|next)$/,
  create_conversation: /^(channel|departmentId|text|next)$/,
  close: /^next$/,
  end: /(?!)/,
};

const hasNext = (kind: StepKind) => kind !== 'branch' && kind !== 'end';

/** One step of the flow: what it does in a line, its form, and buttons to move or remove it. */
export function StepCard({
  step,
  index,
  steps,
  onChange,
  onMove,
  onRemove,
  directory,
  error,
  focusOnMount,
}: {
  step: EditorStep;
  index: number;
  steps: EditorStep[];
  onChange(step: EditorStep): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  directory?: Directory;
  error?: StepError;
  /** A step just added: focus goes to it, so keyboard users land on what they created. */
  focusOnMount?: boolean;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the card first appears.
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);
  // A refusal on this step brings the card into view (the notice above says where it is).
  useEffect(() => {
    if (error) section.current?.scrollIntoView({ block: 'center' });
  }, [error]);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  // Moving re-inserts the card, which drops focus: put it back on the button pressed
  // (or its sibling once the card reaches the top or bottom) so the keys keep working.
  const move = (by: -1 | 1) => {
    onMove(by);
    requestAnimationFrame(() => {
      const pressed = by === -1 ? up.current : down.current;
      (pressed && !pressed.disabled ? pressed : by === -1 ? down.current : up.current)?.focus();
    });
  };
  const cardError = error && !fieldKeys[step.kind].test(error.key) ? error.message : undefined;
  const at = (key: string) => (error?.key === key ? error.message : undefined);
  const fields: StepFieldsProps = { step, index, steps, onChange, directory, error };
  const setKind = (kind: StepKind) =>
    onChange({
      ...step,
      kind,
      conditions:
        kind === 'branch' && step.conditions.length === 0 ? [newBranchCondition()] : step.conditions,
    });
  return (
    <li className={`wf-step wf-step-${step.kind}${error ? ' wf-step-invalid' : ''}`}>
      <section ref={section} className="panel" aria-labelledby={headingId}>
        <header className="wf-step-header">
          <div>
            <h3 id={headingId} ref={heading} tabIndex={-1}>
              {stepTitle(t, step, index)}
            </h3>
            <p className="muted wf-step-summary">{describeStep(t, step, directory)}</p>
          </div>
          <div className="wf-step-tools">
            <button ref={up} type="button" disabled={index === 0} onClick={() => move(-1)}>
              {t('workflows.step.moveUp')}
            </button>
            <button ref={down} type="button" disabled={index === steps.length - 1} onClick={() => move(1)}>
              {t('workflows.step.moveDown')}
            </button>
            <button type="button" onClick={onRemove}>
              {t('workflows.step.remove')}
            </button>
          </div>
        </header>
        {cardError && (
          <p className="error wf-step-error" role="alert">
            {cardError}
          </p>
        )}
        <div className="wf-fields">
          <Field label={t('workflows.step.kind')}>
            {(props) => (
              <select
                {...props}
                value={step.kind}
                onChange={(event) => setKind(event.target.value as StepKind)}
              >
                {stepKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`workflows.kind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {step.kind === 'assign' && <AssignFields {...fields} />}
        {step.kind === 'wait' && (
          <DurationInput
            label={t('workflows.wait.duration')}
            value={step.wait}
            error={at('seconds')}
            onChange={(wait) => onChange({ ...step, wait })}
          />
        )}
        {step.kind === 'branch' && <BranchFields {...fields} />}
        {step.kind === 'add_comment' && (
          <TextWithPlaceholders
            label={t('workflows.comment.text')}
            value={step.text}
            error={at('text')}
            placeholders={commentPlaceholders}
            onChange={(text) => onChange({ ...step, text })}
          />
        )}
        {step.kind === 'create_conversation' && (
          <CallbackFields step={step} onChange={onChange} directory={directory} error={error} />
        )}
        {hasNext(step.kind) && (
          <div className="wf-fields">
            <FlowSelect
              label={t('workflows.step.then')}
              value={step.next}
              steps={steps}
              index={index}
              error={at('next')}
              onChange={(next) => onChange({ ...step, next })}
            />
          </div>
        )}
      </section>
    </li>
  );
}
