import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { follows } from '../api/stream-topics.ts';
import { Dialog } from '../components/Dialog.tsx';
import { ErrorText, fieldOf } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { PresenceBadge } from '../components/PresenceBadge.tsx';
import { Tabs } from '../components/Tabs.tsx';
import { useResource } from '../components/useResource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import type { AgentTarget, Conversation, DepartmentTarget, TransferTarget } from './types.ts';

type Tab = 'departments' | 'agents';
interface Choice {
  kind: 'department' | 'agent';
  id: string;
  name: string;
}

const maxReason = 1000;

/** Case- and accent-blind, like the server's name search. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Seed 001's transfer dialog: Departments and Agents tabs, one search for both, an optional reason. */
export function TransferDialog({
  conversation,
  open,
  onClose,
  onTransferred,
}: {
  conversation: Conversation;
  open: boolean;
  onClose(): void;
  onTransferred(conversation: Conversation, target: string): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={t('chat.transfer.title')} open={open} onClose={onClose} wide>
      <TransferForm conversation={conversation} onCancel={onClose} onTransferred={onTransferred} />
    </Dialog>
  );
}

function TransferForm({
  conversation,
  onCancel,
  onTransferred,
}: {
  conversation: Conversation;
  onCancel(): void;
  onTransferred(conversation: Conversation, target: string): void;
}) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const [tab, setTab] = useState<Tab>('departments');
  const [search, setSearch] = useState('');
  const [choice, setChoice] = useState<Choice>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const searchRef = useRef<HTMLInputElement>(null);
  const ids = useId();

  const targets = useResource(() => api.get('/chat/transfer-targets'), [api]);
  // Presence and load change while the dialog is open.
  useStreamEvents((event) => {
    const topics = [
      'presence.changed',
      'config:department',
      'conversation.assigned',
      'conversation.unassigned',
      'conversation.resolved',
    ] as const;
    if (follows(event, topics)) targets.reload();
  });

  // The <dialog> opens after this form mounts; focus the search once it is shown.
  useEffect(() => {
    const frame = requestAnimationFrame(() => searchRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  const needle = fold(search.trim());
  const matches = (name: string) => !needle || fold(name).includes(needle);
  const departments = (targets.data?.departments ?? []).filter((department) => matches(department.name));
  const agents = (targets.data?.agents ?? []).filter(
    (agent) => agent.id !== session.user.id && matches(agent.name),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const to: TransferTarget =
        choice.kind === 'department'
          ? { kind: 'department', departmentId: choice.id }
          : { kind: 'agent', userId: choice.id };
      const after = await api.post('/conversations/{conversationId}/transfer', {
        path: { conversationId: conversation.id },
        body: { to, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      });
      onTransferred(after, choice.name);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const field = fieldOf(error);
  const targetError = field?.startsWith('to') ? (error as Error).message : undefined;
  const reasonError = field === 'reason' ? (error as Error).message : undefined;
  const otherError = error && !targetError && !reasonError ? error : undefined;

  return (
    <form className="transfer-form" onSubmit={(event) => void submit(event)}>
      <Field label={t('chat.transfer.search')}>
        {(props) => (
          <input
            {...props}
            ref={searchRef}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <Tabs<Tab>
        label={t('chat.transfer.title')}
        tabs={[
          // No count until the targets are known: "(0)" while loading would say nobody is there.
          {
            id: 'departments',
            label: targets.data
              ? t('chat.transfer.departments', { count: departments.length })
              : t('chat.transfer.tab.departments'),
          },
          {
            id: 'agents',
            label: targets.data
              ? t('chat.transfer.agents', { count: agents.length })
              : t('chat.transfer.tab.agents'),
          },
        ]}
        selected={tab}
        onSelect={setTab}
      />
      <div role="tabpanel" className="transfer-targets" aria-label={t(`chat.transfer.tab.${tab}`)}>
        {targets.error && <ErrorText error={targets.error} />}
        <fieldset aria-describedby={targetError ? `${ids}-target-error` : undefined}>
          <legend className="visually-hidden">
            {tab === 'departments' ? t('chat.transfer.chooseDepartment') : t('chat.transfer.chooseAgent')}
          </legend>
          {tab === 'departments'
            ? departments.map((department) => (
                <DepartmentOption
                  key={department.id}
                  department={department}
                  group={ids}
                  checked={choice?.kind === 'department' && choice.id === department.id}
                  onChoose={() => setChoice({ kind: 'department', id: department.id, name: department.name })}
                />
              ))
            : agents.map((agent) => (
                <AgentOption
                  key={agent.id}
                  agent={agent}
                  group={ids}
                  checked={choice?.kind === 'agent' && choice.id === agent.id}
                  onChoose={() => setChoice({ kind: 'agent', id: agent.id, name: agent.name })}
                />
              ))}
          {targets.data && (tab === 'departments' ? departments : agents).length === 0 && (
            <p className="muted">{t('chat.transfer.noMatch')}</p>
          )}
          {!targets.data && !targets.error && <p className="muted">{t('common.loading')}</p>}
        </fieldset>
        {targetError && (
          <p id={`${ids}-target-error`} className="field-error" role="alert">
            {targetError}
          </p>
        )}
      </div>
      <Field label={t('chat.transfer.reason')} hint={t('chat.transfer.reasonHint')} error={reasonError}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            maxLength={maxReason}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      <ErrorText error={otherError} />
      <div className="row">
        <span className="muted transfer-choice" aria-live="polite">
          {choice
            ? t(choice.kind === 'department' ? 'chat.transfer.toDepartment' : 'chat.transfer.toAgent', {
                name: choice.name,
              })
            : t('chat.transfer.nothingChosen')}
        </span>
        <span className="spacer" />
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!choice || busy}>
          {busy ? t('chat.transfer.busy') : t('chat.transfer.submit')}
        </button>
      </div>
    </form>
  );
}

function DepartmentOption({
  department,
  group,
  checked,
  onChoose,
}: {
  department: DepartmentTarget;
  group: string;
  checked: boolean;
  onChoose(): void;
}) {
  const { t } = useI18n();
  const members =
    department.memberCount === 1
      ? t('chat.transfer.members.one')
      : t('chat.transfer.members', { count: department.memberCount });
  return (
    <label className={`target${checked ? ' target-checked' : ''}`}>
      <input type="radio" name={`${group}-target`} checked={checked} onChange={onChoose} />
      <span className="target-name">{department.name}</span>
      <span className="target-detail">
        {members} · {t('chat.transfer.available', { count: department.readyCount })}
      </span>
    </label>
  );
}

function AgentOption({
  agent,
  group,
  checked,
  onChoose,
}: {
  agent: AgentTarget;
  group: string;
  checked: boolean;
  onChoose(): void;
}) {
  const { t } = useI18n();
  return (
    <label
      className={`target${checked ? ' target-checked' : ''}${agent.available ? '' : ' target-unavailable'}`}
    >
      <input type="radio" name={`${group}-target`} checked={checked} onChange={onChoose} />
      <span className="target-name">{agent.name}</span>
      <PresenceBadge presence={agent.presence} />
      <span className="target-load" title={t('chat.transfer.loadTitle')}>
        <span className="visually-hidden">{t('chat.transfer.load')} </span>
        {agent.load}
      </span>
      {!agent.available && <span className="target-detail">{t('chat.transfer.pendingHint')}</span>}
    </label>
  );
}
