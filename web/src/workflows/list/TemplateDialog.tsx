import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { useSignedIn } from '../../session/session.tsx';
import type { TemplateParameter, WorkflowTemplate } from '../types.ts';
import { type Directory, numberLabel, useDirectory } from '../useDirectory.ts';
import { workflowPath } from '../useWorkflow.ts';

/** The templates the console knows in both languages; others show the server's own words. */
const known = ['reassign_unanswered', 'call_back_missed_calls'];

export function useTemplateText() {
  const { t } = useI18n();
  return {
    name: (template: WorkflowTemplate) =>
      known.includes(template.id) ? t(`workflows.template.${template.id}.name` as MessageKey) : template.name,
    description: (template: WorkflowTemplate) =>
      known.includes(template.id)
        ? t(`workflows.template.${template.id}.description` as MessageKey)
        : template.description,
    parameter: (template: WorkflowTemplate, parameter: TemplateParameter) =>
      known.includes(template.id)
        ? t(`workflows.template.${template.id}.${parameter.name}` as MessageKey)
        : parameter.description,
  };
}

/** F4: a ready-made workflow, filled in with who and how long, created as a draft to review and publish. */
export function TemplateDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const templates = useResource(
    () => (open ? api.get('/workflow-templates') : Promise.resolve(undefined)),
    [api.workspaceId, open],
  );
  const directory = useDirectory();
  const [chosen, setChosen] = useState<string>();
  const template = templates.data?.items.find((candidate) => candidate.id === chosen);
  return (
    <Dialog title={t('workflows.fromTemplate')} open={open} onClose={onClose} wide>
      <ErrorText error={templates.error} />
      {!templates.data && !templates.error && <p aria-busy="true">{t('common.loading')}</p>}
      {templates.data && (
        <TemplatePicker templates={templates.data.items} chosen={chosen} onChoose={setChosen} />
      )}
      {template && (
        <TemplateForm key={template.id} template={template} directory={directory.data} onCancel={onClose} />
      )}
    </Dialog>
  );
}

function TemplatePicker({
  templates,
  chosen,
  onChoose,
}: {
  templates: WorkflowTemplate[];
  chosen?: string;
  onChoose(id: string): void;
}) {
  const { t } = useI18n();
  const text = useTemplateText();
  return (
    <fieldset>
      <legend>{t('workflows.template.choose')}</legend>
      <ul className="wf-templates">
        {templates.map((template) => (
          <li key={template.id}>
            <label>
              <input
                type="radio"
                name="template"
                value={template.id}
                checked={chosen === template.id}
                onChange={() => onChoose(template.id)}
              />
              <strong>{text.name(template)}</strong>
            </label>
            <p className="muted">{text.description(template)}</p>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function TemplateForm({
  template,
  directory,
  onCancel,
}: {
  template: WorkflowTemplate;
  directory?: Directory;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const text = useTemplateText();
  const { api } = useSignedIn();
  const navigate = useNavigate();
  const [name, setName] = useState(text.name(template));
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      template.parameters.map((parameter) => [parameter.name, parameter.default?.toString() ?? '']),
    ),
  );
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const field = error instanceof ApiError ? error.field : undefined;
  const errorFor = (key: string) => (field === key && error instanceof Error ? error.message : undefined);

  const create = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const parameters = Object.fromEntries(
        template.parameters.flatMap((parameter) => {
          const value = values[parameter.name]?.trim() ?? '';
          if (!value) return [];
          return [[parameter.name, parameter.kind === 'minutes' ? Number(value) : value]];
        }),
      );
      const created = await api.post('/workflow-templates/{templateId}/workflows', {
        path: { templateId: template.id },
        body: { name: name.trim() || undefined, parameters },
      });
      navigate(workflowPath(created.id), {
        state: { notice: { kind: 'success', text: t('workflows.template.created') } },
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="wf-template-form"
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <Field label={t('common.name')} error={errorFor('name')}>
        {(props) => (
          <input {...props} value={name} maxLength={200} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      {template.parameters.map((parameter) => (
        <ParameterField
          key={parameter.name}
          parameter={parameter}
          label={text.parameter(template, parameter)}
          value={values[parameter.name] ?? ''}
          directory={directory}
          error={errorFor(`parameters.${parameter.name}`)}
          onChange={(value) => setValues({ ...values, [parameter.name]: value })}
        />
      ))}
      {error && !(field === 'name' || field?.startsWith('parameters.')) ? <ErrorText error={error} /> : null}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('workflows.template.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ParameterField({
  parameter,
  label,
  value,
  onChange,
  directory,
  error,
}: {
  parameter: TemplateParameter;
  label: string;
  value: string;
  onChange(value: string): void;
  directory?: Directory;
  error?: string;
}) {
  const { t } = useI18n();
  const options =
    parameter.kind === 'user'
      ? directory?.users.map((user) => ({ value: user.id, label: user.name }))
      : parameter.kind === 'department'
        ? directory?.departments.map((department) => ({ value: department.id, label: department.name }))
        : parameter.kind === 'number'
          ? directory?.numbers.map((number) => ({ value: number.id, label: numberLabel(number) }))
          : undefined;
  return (
    <Field
      label={label}
      error={error}
      hint={parameter.required ? undefined : t('workflows.template.optional')}
    >
      {(props) =>
        options ? (
          <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">
              {parameter.required ? t('workflows.choose') : t('workflows.template.any')}
            </option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...props}
            type="number"
            min={1}
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}
