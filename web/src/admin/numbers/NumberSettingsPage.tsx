import { type FormEvent, useRef } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { User } from '../../api/types.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { formatPhone } from '../../components/phone.ts';
import { useResource } from '../../components/useResource.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { useSignedIn } from '../../session/session.tsx';
import { PageHeader } from '../edit/PageHeader.tsx';
import { SaveBar } from '../edit/SaveBar.tsx';
import { useItemForm } from '../edit/useItemForm.ts';
import type { Group } from '../groups/types.ts';
import type { IvrMenu } from '../ivr/types.ts';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { AssignedUsersSection } from './sections/AssignedUsersSection.tsx';
import { CallerIdSection } from './sections/CallerIdSection.tsx';
import { GeneralSection } from './sections/GeneralSection.tsx';
import { HoursSection } from './sections/HoursSection.tsx';
import { MessagesSection } from './sections/MessagesSection.tsx';
import { ModeSection } from './sections/ModeSection.tsx';
import { PromptsSection } from './sections/PromptsSection.tsx';
import { RoutingSection } from './sections/RoutingSection.tsx';
import { StrategySection } from './sections/StrategySection.tsx';
import { UnansweredSection } from './sections/UnansweredSection.tsx';
import { checkForm, type SettingsForm, settingsPatch, toForm } from './settingsForm.ts';
import type { NumberSettings, PhoneNumber } from './types.ts';
import { useUnsavedWarning } from './useUnsavedWarning.ts';

export interface SectionProps {
  form: SettingsForm;
  set(patch: Partial<SettingsForm>): void;
  errors: Record<string, string>;
}

interface Loaded {
  number: PhoneNumber;
  settings: NumberSettings;
  users: User[];
  groups: Group[];
  menus: IvrMenu[];
  timeZone: string;
  /** Which workspace and number this was loaded for. */
  key: string;
}

/** In page order: a long page, so an admin can jump to the part they came for. */
const jumpLinks: Array<[string, MessageKey]> = [
  ['recording', 'telephony.recording.title'],
  ['mode', 'telephony.mode.title'],
  ['routing', 'telephony.route.title'],
  ['strategy', 'telephony.strategy.title'],
  ['unanswered', 'telephony.unanswered.title'],
  ['hours', 'telephony.hours.title'],
  ['messages', 'telephony.messages.title'],
  ['prompts', 'telephony.prompts.title'],
  ['caller-id', 'telephony.callerId.title'],
  ['assigned', 'telephony.assigned.title'],
];

/** The sections a mode never reads: hidden while it is chosen, so the page shows what applies. */
const ignoredBy: Record<SettingsForm['mode'], string[]> = {
  receive: [],
  // Every call goes to the forwarding number: nobody is chosen and nobody fails to answer.
  forward_all: ['routing', 'strategy', 'unanswered'],
  // Every call takes the offline action (under Unanswered calls): nobody is chosen.
  reject: ['routing', 'strategy'],
};

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/** Seeds 002 and 004: every setting of one number on one page, saved together. */
export function NumberSettingsPage() {
  const { numberId = '' } = useParams();
  const { api } = useSignedIn();
  const { t } = useI18n();
  const navigate = useNavigate();
  const loaded = useResource<Loaded>(async () => {
    const [number, settings, users, groups, menus, workspace] = await Promise.all([
      api.get('/numbers/{numberId}', { path: { numberId } }),
      api.get('/numbers/{numberId}/settings', { path: { numberId } }),
      api.get('/users'),
      api.get('/groups'),
      api.get('/ivr-menus'),
      api.get(''),
    ]);
    const timeZone = workspace.timeZone;
    return {
      number,
      settings,
      users: users.items,
      groups: groups.items,
      menus: menus.items,
      timeZone,
      key: `${api.workspaceId}/${numberId}`,
    };
  }, [api.workspaceId, numberId]);

  const data = loaded.data;
  /** The number as last saved, to tell whether its own fields changed. */
  const base = useRef<PhoneNumber>(undefined);
  const item = useItemForm(data, (loaded) => {
    base.current = loaded.number;
    return toForm(loaded.number, loaded.settings, loaded.timeZone);
  });
  const { form, errors, set } = item;
  useUnsavedWarning(item.dirty);

  if (loaded.error && !data) return <ErrorText error={loaded.error} />;
  if (!data || !form) return <section aria-busy="true" className="panel" />;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!item.checkProblems(checkForm(form))) return;
    item.saving();
    let settings: NumberSettings;
    try {
      settings = await api.patch('/numbers/{numberId}/settings', {
        path: { numberId },
        body: settingsPatch(form),
      });
    } catch (error) {
      item.refused(error);
      return;
    }
    // Name, kind and assigned users live on the number itself: a second request, only when changed.
    let number = base.current ?? data.number;
    const changed =
      form.label !== number.label ||
      form.kind !== number.kind ||
      !sameIds(form.assignedUserIds, number.assignedUserIds);
    try {
      if (changed)
        number = await api.patch('/numbers/{numberId}', {
          path: { numberId },
          body: { label: form.label, kind: form.kind, assignedUserIds: form.assignedUserIds },
        });
    } catch (error) {
      // The call settings did save; say exactly what did not, and keep the admin's edits.
      item.refused(error, 'telephony.number.partlySaved');
      return;
    }
    base.current = number;
    item.saved(toForm(number, settings, data.timeZone));
    loaded.reload();
  };

  const props: SectionProps = { form, set, errors };
  const title = data.number.label || formatPhone(data.number.e164);
  const ignored = ignoredBy[form.mode];
  return (
    <form
      ref={item.formRef}
      className="number-settings"
      onSubmit={save}
      noValidate
      aria-labelledby="number-settings-title"
    >
      <PageHeader back={t('telephony.number.back')} titleId="number-settings-title">
        {title}
        {data.number.label && <span className="muted"> · {formatPhone(data.number.e164)}</span>}
      </PageHeader>
      <nav className="jump-links" aria-label={t('telephony.number.jump')}>
        <ul>
          {jumpLinks
            .filter(([anchor]) => !ignored.includes(anchor))
            .map(([anchor, label]) => (
              <li key={anchor}>
                <a href={`#${anchor}`}>{t(label)}</a>
              </li>
            ))}
        </ul>
      </nav>
      <div className="settings-sections">
        <GeneralSection {...props} />
        <ModeSection {...props} />
        {ignored.length > 0 && (
          <p className="note mode-ignores">
            {t(form.mode === 'reject' ? 'telephony.mode.ignoresReject' : 'telephony.mode.ignoresForward')}
          </p>
        )}
        {!ignored.includes('routing') && (
          <RoutingSection {...props} groups={data.groups} menus={data.menus} />
        )}
        {!ignored.includes('strategy') && <StrategySection {...props} />}
        {!ignored.includes('unanswered') && <UnansweredSection {...props} />}
        <HoursSection {...props} />
        <MessagesSection {...props} />
        <PromptsSection numberId={numberId} />
        <CallerIdSection {...props} />
        <AssignedUsersSection {...props} users={data.users} />
        {/* Apart from Save: a failed save never puts removal under the pointer. */}
        <section className="panel danger-zone" aria-labelledby="remove-number-title">
          <h2 id="remove-number-title">{t('telephony.number.removeTitle')}</h2>
          <p className="muted">{t('telephony.number.removeHint')}</p>
          <ConfirmDelete
            label={t('telephony.number.remove')}
            question={t('telephony.number.removeConfirm', { number: formatPhone(data.number.e164) })}
            onConfirm={() => api.del('/numbers/{numberId}', { path: { numberId } })}
            onDeleted={() => navigate('..', { relative: 'path' })}
          />
        </section>
      </div>
      <SaveBar
        submit={item.status === 'saving' ? t('common.saving') : t('common.save')}
        status={item.status}
        failure={item.failure}
        pending={item.dirty && <span className="muted">{t('telephony.number.unsaved')}</span>}
      />
    </form>
  );
}
