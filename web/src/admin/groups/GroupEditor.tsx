import type { FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Body } from '../../api/contract.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { looksLikePhone } from '../../components/phone.ts';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { useSignedIn } from '../../session/session.tsx';
import { PageHeader } from '../edit/PageHeader.tsx';
import { SaveBar } from '../edit/SaveBar.tsx';
import { useItemForm } from '../edit/useItemForm.ts';
import { ConfirmDelete } from '../numbers/ConfirmDelete.tsx';
import { Select, TextInput } from '../numbers/inputs.tsx';
import { StrategyFields } from '../numbers/StrategyFields.tsx';
import type { Strategy } from '../numbers/types.ts';
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
      api.get('/users'),
      groupId ? api.get('/groups/{groupId}', { path: { groupId } }) : Promise.resolve(undefined),
    ]);
    return { users: users.items, group, key: `${api.workspaceId}/${groupId ?? ''}` };
  }, [api.workspaceId, groupId]);
  const data = loaded.data;
  const item = useItemForm(data, (loaded) => (loaded.group ? toForm(loaded.group) : blank));
  const { form, errors, set } = item;

  if (loaded.error && !data) return <ErrorText error={loaded.error} />;
  if (!data || !form) return <section className="panel" aria-busy="true" />;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!form.name.trim()) found.name = t('telephony.problem.required');
    const timeout = Number(form.ringTimeoutSec);
    if (!Number.isInteger(timeout) || timeout < 5 || timeout > 600)
      found.ringTimeoutSec = t('telephony.problem.wholeRange', { min: 5, max: 600 });
    if (form.noAnswerKind === 'forward' && !looksLikePhone(form.noAnswerTo))
      found['noAnswer.to'] = t('telephony.problem.phone');
    if (!item.check(found)) return;
    const body: Body<'createGroup'> = {
      name: form.name.trim(),
      memberIds: form.memberIds,
      strategy: form.strategy,
      ringTimeoutSec: timeout,
      noAnswer:
        form.noAnswerKind === 'forward'
          ? { kind: 'forward', to: form.noAnswerTo }
          : { kind: form.noAnswerKind },
    };
    await item.send(async () => {
      if (groupId) return toForm(await api.patch('/groups/{groupId}', { path: { groupId }, body }));
      await api.post('/groups', { body });
      navigate('..', { relative: 'path' });
    });
  };

  return (
    <form
      ref={item.formRef}
      className="panel group-editor"
      onSubmit={save}
      noValidate
      aria-labelledby="group-title"
    >
      <PageHeader back={t('telephony.groups.back')} titleId="group-title">
        {data.group ? data.group.name : t('telephony.groups.new')}
      </PageHeader>
      <div className="grid-2">
        <TextInput
          label={t('common.name')}
          value={form.name}
          maxLength={200}
          error={errors.name}
          onChange={(name) => set({ name })}
        />
        <StrategyFields value={form} errors={errors} onChange={set} />
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
      <SaveBar
        submit={groupId ? t('common.save') : t('telephony.groups.create')}
        status={item.status}
        failure={item.failure}
      >
        {data.group && (
          <ConfirmDelete
            label={t('telephony.groups.delete')}
            question={t('telephony.groups.deleteConfirm', { name: data.group.name })}
            onConfirm={() => api.del('/groups/{groupId}', { path: { groupId: data.group!.id } })}
            onDeleted={() => navigate('..', { relative: 'path' })}
          />
        )}
      </SaveBar>
    </form>
  );
}
