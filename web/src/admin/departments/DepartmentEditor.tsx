import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSignedIn } from '../../session/session.tsx';
import { RoutingRulesPanel } from '../routing/RoutingRulesPanel.tsx';
import { DirectoryHeader } from '../users/DirectoryHeader.tsx';
import { formLevelError, serverErrorFor } from '../users/formErrors.ts';
import { RemovePanel } from '../users/RemovePanel.tsx';
import { RouteNotice } from '../users/RouteNotice.tsx';
import { useDirectory } from '../users/useDirectory.ts';
import { useRequest } from '../users/useRequest.ts';
import { ChatSettingsPanel } from './ChatSettingsPanel.tsx';
import { MemberPicker } from './MemberPicker.tsx';
import type { Department } from './types.ts';

/** One department: its name and who is in it; removing it keeps its members as users. */
export function DepartmentEditor() {
  const { t } = useI18n();
  const { departmentId } = useParams();
  const { data, error } = useDirectory();
  if (error && !data) return <ErrorText error={error} />;
  if (!data) return <p aria-busy="true">{t('common.loading')}</p>;
  const department = data.departments.find((candidate) => candidate.id === departmentId);
  if (!department)
    return (
      <section className="directory">
        <p>{t('common.notFound')}</p>
        <Link to=".." relative="path">
          {t('directory.departments.back')}
        </Link>
      </section>
    );
  return <DepartmentForm key={department.id} department={department} users={data.users} />;
}

function DepartmentForm({ department, users }: { department: Department; users: User[] }) {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const [name, setName] = useState(department.name);
  const [memberIds, setMemberIds] = useState(department.memberIds);
  const [missing, setMissing] = useState(false);
  const { error, saving, send } = useRequest();
  const [saved, setSaved] = useState(false);
  const path = { departmentId: department.id };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    await send(async () => {
      const updated = await api.patch('/departments/{departmentId}', {
        path,
        body: { name: name.trim(), memberIds },
      });
      setName(updated.name);
      setMemberIds(updated.memberIds);
      setSaved(true);
    });
  };

  return (
    <section className="directory" aria-labelledby="department-title">
      <DirectoryHeader
        back={t('directory.departments.back')}
        titleId="department-title"
        title={department.name}
      >
        <span className="muted">
          {t('directory.departments.summary', {
            members: department.memberCount,
            available: department.onlineCount,
          })}
        </span>
      </DirectoryHeader>
      <RouteNotice />
      <form className="panel directory-form" noValidate onSubmit={submit} aria-labelledby="department-title">
        <Field
          label={t('directory.departments.name')}
          error={missing ? t('directory.validation.required') : serverErrorFor(error, 'name')}
        >
          {(props) => (
            <input
              {...props}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setSaved(false);
              }}
            />
          )}
        </Field>
        <MemberPicker
          users={users}
          memberIds={memberIds}
          error={serverErrorFor(error, 'memberIds')}
          onChange={(ids) => {
            setMemberIds(ids);
            setSaved(false);
          }}
        />
        <ErrorText error={formLevelError(error, ['name', 'memberIds'])} />
        <div className="row">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('common.saving') : t('common.save')}
          </button>
          <span role="status" className="success">
            {saved ? t('common.saved') : ''}
          </span>
        </div>
      </form>
      <ChatSettingsPanel departmentId={department.id} />
      <RoutingRulesPanel kind="department" id={department.id} />
      <RemovePanel
        id="remove-department-title"
        title={t('directory.departments.removeTitle')}
        hint={t('directory.departments.removeHint')}
        remove={t('directory.departments.remove')}
        confirmTitle={t('directory.departments.removeConfirmTitle', { name: department.name })}
        confirmMessage={t('directory.departments.removeConfirm', { name: department.name })}
        onRemove={() => api.del('/departments/{departmentId}', { path })}
        notice={t('directory.departments.removed', { name: department.name })}
      />
    </section>
  );
}
