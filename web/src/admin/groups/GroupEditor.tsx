import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { useSignedIn } from '../../session/session.tsx';
import { ConfirmDelete } from '../numbers/ConfirmDelete.tsx';
import { NumberInput, Select, TextInput } from '../numbers/inputs.tsx';
import { looksLikePhone } from '../numbers/phone.ts';
import { type Strategy, strategies } from '../numbers/types.ts';
import { useFocusFirstError } from '../numbers/useFocusFirstError.ts';
import { MembersEditor } from './MembersEditor.tsx';
import { type Group, type GroupNoAnswerKind, groupNoAnswerKinds } from './types.ts';

interface GroupForm {
  name: string;
  memberIds: string[];
  strategy: Strategy;
  ringTimeoutSec: string;
  noAnswerKind: GroupNoAnswerKind;
  noAnswerTo: string;
}

const blank: GroupForm = {
  name: '',
  memberIds: [],
  strategy: 'simultaneous',
  ringTimeoutSec: '30',
  noAnswerKind: 'voicemail',
  noAnswerTo: '',
};

const toForm = (group: Group): GroupForm => ({
  name: group.name,
  memberIds: [...group.memberIds],
  strategy: group.strategy,
  ringTimeoutSec: String(group.ringTimeoutSec),
  noAnswerKind: group.noAnswer.kind,
  noAnswerTo: group.noAnswer.to ?? '',
});

/** V13: one telephony group: name, members in order, strategy, ring timeout, and the no-answer action. */
export function GroupEditor() {
  const { groupId } = useParams();
  const { api } = useSignedIn();
  const { t } = useI18n();
  const navigate = useNavigate();
  const loaded = useResource(async () => {
    const [users, group] = await Promise.all([
      api.get<{ items: User[] }>('/users'),
      groupId ? api.get<Group>(`/groups/${encodeURIComponent(groupId)}`) : Promise.resolve(undefined),
    ]);
    return { users: users.items, group, key: `${api.workspaceId}/${groupId ?? ''}` };
  }, [api.workspaceId, groupId]);
  const [form, setForm] = useState<GroupForm>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const data = loaded.data;
  // Loaded once per group: a later reload (a reconnect) never overwrites what is being typed.
  const formFor = useRef<string>(undefined);
  useEffect(() => {
    if (!data || formFor.current === data.key) return;
    formFor.current = data.key;
    setForm(data.group ? toForm(data.group) : blank);
  }, [data]);

  if (loaded.error && !data) return <ErrorText error={loaded.error} />;
  if (!data || !form) return <section className="panel" aria-busy="true" />;

  const set = (patch: Partial<GroupForm>) => {
    setForm({ ...form, ...patch });
    setStatus('idle');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const found: Record<string, string> = {};
    if (!form.name.trim()) found.name = t('telephony.problem.required');
    const timeout = Number(form.ringTimeoutSec);
    if (!Number.isInteger(timeout) || timeout < 5 || timeout > 600)
      found.ringTimeoutSec = t('telephony.problem.wholeRange', { min: 5, max: 600 });
    if (form.noAnswerKind === 'forward' && !looksLikePhone(form.noAnswerTo))
      found['noAnswer.to'] = t('telephony.problem.phone');
    setErrors(found);
    if (Object.keys(found).length > 0) return setFailure(t('telephony.number.fixFields'));
    const body = {
      name: form.name.trim(),
      memberIds: form.memberIds,
      strategy: form.strategy,
      ringTimeoutSec: timeout,
      noAnswer:
        form.noAnswerKind === 'forward'
          ? { kind: 'forward', to: form.noAnswerTo }
          : { kind: form.noAnswerKind },
    };
    setStatus('saving');
    try {
      if (groupId) {
        const saved = await api.patch<Group>(`/groups/${encodeURIComponent(groupId)}`, body);
        setForm(toForm(saved));
        setStatus('saved');
      } else {
        await api.post<Group>('/groups', body);
        navigate('..', { relative: 'path' });
      }
    } catch (error) {
      setStatus('idle');
      setFailure(
        t('telephony.number.notSaved', { message: error instanceof Error ? error.message : String(error) }),
      );
      if (error instanceof ApiError && error.field) setErrors({ [error.field]: error.message });
    }
  };

  return (
    <form
      ref={formRef}
      className="panel group-editor"
      onSubmit={save}
      noValidate
      aria-labelledby="group-title"
    >
      <header className="page-header">
        <Link to=".." relative="path">
          {t('telephony.groups.back')}
        </Link>
        <h1 id="group-title">{data.group ? data.group.name : t('telephony.groups.new')}</h1>
      </header>
      <div className="grid-2">
        <TextInput
          label={t('common.name')}
          value={form.name}
          maxLength={200}
          error={errors.name}
          onChange={(name) => set({ name })}
        />
        <Select<Strategy>
          label={t('telephony.strategy.label')}
          value={form.strategy}
          error={errors.strategy}
          hint={t(`telephony.strategy.${form.strategy}.hint` as MessageKey)}
          options={strategies.map((strategy) => ({
            value: strategy,
            label: t(`telephony.strategy.${strategy}` as MessageKey),
          }))}
          onChange={(strategy) => set({ strategy })}
        />
        <NumberInput
          label={t('telephony.strategy.ringTimeout')}
          min={5}
          max={600}
          value={form.ringTimeoutSec}
          error={errors.ringTimeoutSec}
          onChange={(ringTimeoutSec) => set({ ringTimeoutSec })}
        />
        <div>
          <Select<GroupNoAnswerKind>
            label={t('telephony.groups.noAnswer')}
            value={form.noAnswerKind}
            error={errors['noAnswer.kind']}
            options={groupNoAnswerKinds.map((kind) => ({
              value: kind,
              label: t(`telephony.groups.noAnswer.${kind}` as MessageKey),
            }))}
            onChange={(noAnswerKind) => set({ noAnswerKind })}
          />
          {form.noAnswerKind === 'forward' && (
            <TextInput
              type="tel"
              label={t('telephony.action.to')}
              hint={t('telephony.phoneHint')}
              value={form.noAnswerTo}
              error={errors['noAnswer.to']}
              onChange={(noAnswerTo) => set({ noAnswerTo })}
            />
          )}
        </div>
      </div>
      <MembersEditor
        memberIds={form.memberIds}
        users={data.users}
        error={errors.memberIds}
        onChange={(memberIds) => set({ memberIds })}
      />
      <div className="save-bar">
        <button type="submit" className="primary" disabled={status === 'saving'}>
          {groupId ? t('common.save') : t('telephony.groups.create')}
        </button>
        <p role="status" className="success save-status">
          {status === 'saved' ? t('common.saved') : ''}
        </p>
        <div className="save-failure">
          {failure && (
            <p className="error" role="alert">
              {failure}
            </p>
          )}
        </div>
        <span className="spacer" />
        {data.group && (
          <ConfirmDelete
            label={t('telephony.groups.delete')}
            question={t('telephony.groups.deleteConfirm', { name: data.group.name })}
            onConfirm={() => api.del(`/groups/${encodeURIComponent(data.group!.id)}`)}
            onDeleted={() => navigate('..', { relative: 'path' })}
          />
        )}
      </div>
    </form>
  );
}
