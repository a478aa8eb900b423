import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { sameDefinition, type Workflow, type WorkflowDefinitionInput } from '../types.ts';
import { type Directory, useDirectory } from '../useDirectory.ts';
import { useWorkflow, workflowPath } from '../useWorkflow.ts';
import { WorkflowHeader } from '../WorkflowHeader.tsx';
import { stepTitle } from './describe.ts';
import { FlowEditor, type FlowErrors } from './FlowEditor.tsx';
import { type EditorDefinition, emptyDefinition, fromDefinition, placeOf, toDefinition } from './model.ts';

/** /workflows/new and /workflows/:id: the builder, on the workflow's draft. */
export function WorkflowBuilderPage() {
  const { workflowId } = useParams();
  const directory = useDirectory();
  return (
    <>
      {/* Without the workspace's people and teams the pickers are empty: say why. */}
      <ErrorText error={directory.error} />
      {workflowId ? (
        <ExistingWorkflow workflowId={workflowId} directory={directory.data} />
      ) : (
        <BuilderForm directory={directory.data} />
      )}
    </>
  );
}

function ExistingWorkflow({ workflowId, directory }: { workflowId: string; directory?: Directory }) {
  const { t } = useI18n();
  const workflow = useWorkflow(workflowId);
  if (workflow.error && !workflow.data) return <ErrorText error={workflow.error} />;
  if (!workflow.data) return <p aria-busy="true">{t('common.loading')}</p>;
  return <BuilderForm key={workflow.data.id} workflow={workflow.data} directory={directory} />;
}

interface Notice {
  kind: 'success' | 'error';
  text: string;
}

function BuilderForm({ workflow: initial, directory }: { workflow?: Workflow; directory?: Directory }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const navigate = useNavigate();
  // A new workflow's page hands what it just did to the page it becomes.
  const handed = (useLocation().state as { notice?: Notice } | null)?.notice;
  const [workflow, setWorkflow] = useState(initial);
  const [name, setName] = useState(initial?.name ?? '');
  const [editor, setEditor] = useState<EditorDefinition>(() =>
    initial ? fromDefinition(initial.draft) : emptyDefinition(),
  );
  const [errors, setErrors] = useState<FlowErrors>({ steps: {} });
  const [nameError, setNameError] = useState<string>();
  const [notice, setNotice] = useState<Notice | undefined>(handed);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const definition = toDefinition(editor);
  const dirty = !workflow || name !== workflow.name || !sameDefinition(definition, workflow.draft);

  // Leaving the page (reload, closing the tab) with edits not saved asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const adopt = (saved: Workflow) => {
    setWorkflow(saved);
    setName(saved.name);
    setEditor(fromDefinition(saved.draft));
  };

  /** Shows a refusal where it belongs; says in the notice where to look. */
  const refuse = (error: unknown, sent: WorkflowDefinitionInput, what: 'save' | 'publish') => {
    const message = error instanceof Error ? error.message : String(error);
    const field = error instanceof ApiError ? error.field : undefined;
    const place = placeOf(field, sent);
    const next: FlowErrors = { steps: {} };
    let where = '';
    if (place.place === 'step') {
      next.steps[place.stepId] = { key: place.key, message };
      const index = editor.steps.findIndex((step) => step.id === place.stepId);
      if (index >= 0) where = stepTitle(t, editor.steps[index]!, index);
    } else if (place.place === 'trigger') {
      next.trigger = { key: place.key, message };
      where = t('workflows.trigger.title');
    } else if (place.place === 'name') setNameError(message);
    setErrors(next);
    const lead = what === 'save' ? t('workflows.notSaved') : t('workflows.notPublished');
    setNotice({
      kind: 'error',
      text: where ? t('workflows.refusedAt', { lead, where }) : `${lead} ${message}`,
    });
  };

  const clearErrors = () => {
    setErrors({ steps: {} });
    setNameError(undefined);
    setNotice(undefined);
  };

  /** Saves the draft when it changed; answers the saved workflow, or undefined when refused. */
  const saveDraft = async (): Promise<Workflow | undefined> => {
    if (workflow && !dirty) return workflow;
    const body = { name: name.trim(), definition };
    if (!body.name) {
      setNameError(t('workflows.nameNeeded'));
      setNotice({ kind: 'error', text: `${t('workflows.notSaved')} ${t('workflows.nameNeeded')}` });
      return undefined;
    }
    try {
      const saved = workflow
        ? await api.put('/workflows/{workflowId}/draft', { path: { workflowId: workflow.id }, body })
        : await api.post('/workflows', { body });
      adopt(saved);
      return saved;
    } catch (error) {
      refuse(error, definition, 'save');
      return undefined;
    }
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    clearErrors();
    try {
      await action();
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  /** The notice of what was done; a new workflow moves to its own address with it. */
  const done = (saved: Workflow, next: Notice) => {
    if (!initial) navigate(workflowPath(saved.id), { replace: true, state: { notice: next } });
    else setNotice(next);
  };

  const onSave = () =>
    run(async () => {
      const saved = await saveDraft();
      if (saved) done(saved, { kind: 'success', text: t('workflows.draftSaved') });
    });

  const onPublish = () =>
    run(async () => {
      const saved = await saveDraft();
      if (!saved) return;
      try {
        const published = await api.post('/workflows/{workflowId}/publish', {
          path: { workflowId: saved.id },
        });
        adopt(published);
        done(published, {
          kind: 'success',
          text: t('workflows.published', { version: published.versions.length }),
        });
      } catch (error) {
        refuse(error, saved.draft, 'publish');
      }
    });

  const onToggle = () =>
    run(async () => {
      if (!workflow) return;
      const changed = await api.put('/workflows/{workflowId}/enabled', {
        path: { workflowId: workflow.id },
        body: { enabled: !workflow.enabled },
      });
      setWorkflow(changed);
      setNotice({
        kind: 'success',
        text: changed.enabled ? t('workflows.enabledNotice') : t('workflows.disabledNotice'),
      });
    });

  const onDelete = () =>
    run(async () => {
      if (!workflow) return;
      await api.del('/workflows/{workflowId}', { path: { workflowId: workflow.id } });
      navigate('/workflows');
    });

  return (
    <div className="wf-builder">
      {workflow ? (
        <WorkflowHeader workflow={workflow} />
      ) : (
        <header className="wf-header">
          <h1>{t('workflows.new')}</h1>
        </header>
      )}
      <fieldset className="wf-toolbar">
        <legend className="visually-hidden">{t('workflows.actions')}</legend>
        <button type="button" disabled={busy} onClick={onSave}>
          {t('workflows.saveDraft')}
        </button>
        <button type="button" className="primary" disabled={busy} onClick={onPublish}>
          {t('workflows.publish')}
        </button>
        <span className="muted wf-dirty">{dirty ? t('workflows.unsaved') : t('workflows.allSaved')}</span>
        <span className="spacer" />
        {workflow && workflow.versions.length > 0 && (
          <button type="button" disabled={busy} onClick={onToggle}>
            {workflow.enabled ? t('workflows.disable') : t('workflows.enable')}
          </button>
        )}
        {workflow && (
          <button type="button" className="danger" disabled={busy} onClick={() => setConfirmDelete(true)}>
            {t('common.delete')}
          </button>
        )}
      </fieldset>
      <div className="wf-notice">
        {notice?.kind === 'error' && (
          <p className="error" role="alert">
            {notice.text}
          </p>
        )}
        <p className="success" role="status">
          {notice?.kind === 'success' ? notice.text : ''}
        </p>
      </div>
      <div className="panel wf-name">
        <Field label={t('common.name')} error={nameError}>
          {(props) => (
            <input
              {...props}
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        {workflow && workflow.runningInstances > 0 && (
          <p className="muted">{t('workflows.runningNow', { count: workflow.runningInstances })}</p>
        )}
      </div>
      <FlowEditor value={editor} onChange={setEditor} directory={directory} errors={errors} />
      <Dialog title={t('workflows.deleteTitle')} open={confirmDelete} onClose={() => setConfirmDelete(false)}>
        <p>{t('workflows.deleteConfirm', { name: workflow?.name ?? '' })}</p>
        <div className="row">
          <button type="button" className="danger" disabled={busy} onClick={onDelete}>
            {t('common.delete')}
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
