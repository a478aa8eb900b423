import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { Body } from '../api/contract.ts';
import type { User } from '../api/types.ts';
import { Dialog } from '../components/Dialog.tsx';
import { ErrorText, fieldOf } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { PresenceBadge } from '../components/PresenceBadge.tsx';
import { Tabs } from '../components/Tabs.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';
import { type Team, TeamOptions } from './TeamOptions.tsx';
import { useAction } from './useAction.ts';
import type { Directory } from './useDirectory.ts';

type TargetKind = 'member' | 'team' | 'number';
type Method = 'direct' | 'assisted';

const presenceOrder = { online: 0, pre_pause: 1, pause: 2, offline: 3 } as const;

/** Word-start, accent-insensitive match, as the server's name search (T4). */
function matches(name: string, search: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  const needle = fold(search.trim());
  if (!needle) return true;
  const haystack = fold(name);
  return haystack.startsWith(needle) || haystack.includes(` ${needle}`);
}

/**
 * Seed 000's transfer dialog: a member found by name (with presence, available first) or an
 * external number, an optional note for a member (T3), direct or assisted. The server judges;
 * its refusal shows next to the field it names.
 */
export function TransferDialog({
  open,
  callId,
  directory,
  onClose,
}: {
  open: boolean;
  callId: string;
  directory: Directory;
  onClose(): void;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={t('softphone.transfer.title')} open={open} onClose={onClose}>
      {open && <TransferForm callId={callId} directory={directory} onDone={onClose} />}
    </Dialog>
  );
}

function TransferForm({
  callId,
  directory,
  onDone,
}: {
  callId: string;
  directory: Directory;
  onDone(): void;
}) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const { busy, error, run, clearError } = useAction();
  const [kind, setKind] = useState<TargetKind>('member');
  const [search, setSearch] = useState('');
  const [userId, setUserId] = useState<string>();
  const [team, setTeam] = useState<Team>();
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const [method, setMethod] = useState<Method>('direct');
  const [localError, setLocalError] = useState<string>();
  const listId = useId();

  const chooseKind = (next: TargetKind) => {
    setKind(next);
    clearError();
    setLocalError(undefined);
  };

  const members = Object.values(directory.users)
    .filter((user) => user.id !== session.user.id && matches(user.name, search))
    .sort((a, b) => presenceOrder[a.presence] - presenceOrder[b.presence] || a.name.localeCompare(b.name));

  const field = fieldOf(error);
  const errorFor = (...names: string[]) =>
    error instanceof ApiError && field && names.includes(field) ? error.message : undefined;
  const memberError = errorFor('target.userId') ?? (kind === 'member' ? localError : undefined);
  const teamError =
    errorFor('target.groupId', 'target.departmentId') ?? (kind === 'team' ? localError : undefined);
  const numberError = errorFor('target.number') ?? (kind === 'number' ? localError : undefined);
  const noteError = errorFor('note');
  const shownElsewhere = memberError || teamError || numberError || noteError;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLocalError(undefined);
    if (kind === 'member' && !userId) return setLocalError(t('softphone.transfer.pickMember'));
    if (kind === 'team' && !team) return setLocalError(t('softphone.transfer.pickTeam'));
    if (kind === 'number' && !number.trim()) return setLocalError(t('softphone.transfer.enterNumber'));
    const target: Body<'transferCall'>['target'] =
      kind === 'member'
        ? { kind: 'user', userId }
        : kind === 'team' && team
          ? team.kind === 'group'
            ? { kind: 'group', groupId: team.id }
            : { kind: 'department', departmentId: team.id }
          : { kind: 'external', number: number.trim() };
    const ok = await run(() =>
      api.post('/calls/{callId}/transfer', {
        path: { callId },
        body: { target, method, ...(kind !== 'number' && note.trim() ? { note: note.trim() } : {}) },
      }),
    );
    if (ok) onDone();
  };

  return (
    <form className="transfer-form" onSubmit={(event) => void submit(event)} noValidate>
      <Tabs<TargetKind>
        label={t('softphone.transfer.targetKind')}
        tabs={[
          { id: 'member', label: t('softphone.transfer.member') },
          { id: 'team', label: t('softphone.transfer.team') },
          { id: 'number', label: t('softphone.transfer.number') },
        ]}
        selected={kind}
        onSelect={chooseKind}
      />
      {kind === 'member' ? (
        <div role="tabpanel">
          <Field label={t('softphone.transfer.search')}>
            {(props) => (
              <input
                {...props}
                type="search"
                value={search}
                autoComplete="off"
                aria-controls={listId}
                onChange={(event) => setSearch(event.target.value)}
              />
            )}
          </Field>
          <fieldset className="member-list" id={listId} aria-invalid={memberError ? true : undefined}>
            <legend>{t('softphone.transfer.members')}</legend>
            {members.length === 0 && <p className="muted">{t('softphone.transfer.noMembers')}</p>}
            {members.map((user) => (
              <MemberOption key={user.id} user={user} checked={userId === user.id} onPick={setUserId} />
            ))}
            {memberError && (
              <p className="field-error" role="alert">
                {memberError}
              </p>
            )}
          </fieldset>
        </div>
      ) : kind === 'team' ? (
        <div role="tabpanel">
          <TeamOptions users={directory.users} picked={team} onPick={setTeam} error={teamError} />
        </div>
      ) : (
        <div role="tabpanel">
          <Field
            label={t('softphone.transfer.phone')}
            error={numberError}
            hint={t('softphone.transfer.phoneHint')}
          >
            {(props) => (
              <input
                {...props}
                type="tel"
                value={number}
                autoComplete="off"
                onChange={(event) => setNumber(event.target.value)}
              />
            )}
          </Field>
        </div>
      )}
      <Field
        label={t('softphone.transfer.note')}
        error={noteError}
        hint={kind === 'number' ? t('softphone.transfer.noteExternal') : t('softphone.transfer.noteHint')}
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            maxLength={1000}
            value={note}
            disabled={kind === 'number'}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <fieldset className="transfer-method">
        <legend>{t('softphone.transfer.method')}</legend>
        {(['direct', 'assisted'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="method" checked={method === value} onChange={() => setMethod(value)} />
            <span>
              <strong>{t(`softphone.transfer.${value}`)}</strong>
              <span className="muted"> — {t(`softphone.transfer.${value}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {!shownElsewhere && <ErrorText error={error} />}
      <div className="row dialog-actions">
        <span className="spacer" />
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('softphone.transfer.busy') : t('softphone.transfer.submit')}
        </button>
      </div>
    </form>
  );
}

function MemberOption({ user, checked, onPick }: { user: User; checked: boolean; onPick(id: string): void }) {
  return (
    <label className={`member-option${checked ? ' member-option-checked' : ''}`}>
      <input type="radio" name="member" value={user.id} checked={checked} onChange={() => onPick(user.id)} />
      <span className="member-name">{user.name}</span>
      <PresenceBadge presence={user.presence} />
    </label>
  );
}
