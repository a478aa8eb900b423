import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { FlowEditor } from '../builder/FlowEditor.tsx';
import { fromDefinition } from '../builder/model.ts';
import type { WorkflowDefinition } from '../types.ts';
import { type Directory, useDirectory } from '../useDirectory.ts';
import { useWorkflow, workflowPath } from '../useWorkflow.ts';
import { WorkflowHeader } from '../WorkflowHeader.tsx';

/** One published version, read-only; it can be copied into the draft to start from it again. */
export function VersionView() {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const navigate = useNavigate();
  const { workflowId = '', version = '' } = useParams();
  const workflow = useWorkflow(workflowId);
  const directory = useDirectory();
  const [error, setError] = useState<unknown>();
  if (workflow.error && !workflow.data) return <ErrorText error={workflow.error} />;
  if (!workflow.data) return <p aria-busy="true">{t('common.loading')}</p>;
  const number = Number(version);
  const definition = workflow.data.versions[number - 1];
  const { id, name } = workflow.data;
  if (!definition)
    return (
      <>
        <WorkflowHeader workflow={workflow.data} />
        <p>{t('common.notFound')}</p>
      </>
    );
  const copyToDraft = async () => {
    setError(undefined);
    try {
      await api.put('/workflows/{workflowId}/draft', {
        path: { workflowId: id },
        body: { name, definition },
      });
      navigate(workflowPath(id), {
        state: { notice: { kind: 'success', text: t('workflows.versions.copied', { version: number }) } },
      });
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div className="wf-version">
      <WorkflowHeader workflow={workflow.data} />
      <div className="row wf-toolbar">
        <h2>{t('workflows.versions.readOnly', { version: number })}</h2>
        <span className="spacer" />
        <Link to={`${workflowPath(id)}/versions`}>{t('workflows.versions.all')}</Link>
        <button type="button" onClick={() => void copyToDraft()}>
          {t('workflows.versions.useAsDraft')}
        </button>
      </div>
      <ErrorText error={error} />
      <ReadOnlyFlow key={number} definition={definition} directory={directory.data} />
    </div>
  );
}

function ReadOnlyFlow({ definition, directory }: { definition: WorkflowDefinition; directory?: Directory }) {
  const value = useMemo(() => fromDefinition(definition), [definition]);
  return <FlowEditor value={value} onChange={() => undefined} directory={directory} readOnly />;
}
