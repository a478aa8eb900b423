import type { Group } from '../admin/groups/types.ts';
import type { User } from '../api/types.ts';
import { ErrorText } from '../components/ErrorText.tsx';
import { useResource } from '../components/useResource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';

/** A group or a department, as far as a transfer needs it. */
export type Team = Pick<Group, 'id' | 'name' | 'memberIds'> & { kind: 'group' | 'department' };

/**
 * T4: a telephony group or a department as the transfer's target; its strategy picks the
 * member (departments: the least busy). Each shows how many of its members could take the
 * call now, so the agent does not send a caller to a team with nobody free.
 */
export function TeamOptions({
  users,
  picked,
  onPick,
  error,
}: {
  users: Record<string, User>;
  picked?: Team;
  onPick(team: Team): void;
  error?: string;
}) {
  const { t } = useI18n();
  const { api, session } = useSignedIn();
  const teams = useResource(async () => {
    const [groups, departments] = await Promise.all([api.get('/groups'), api.get('/departments')]);
    return [
      ...groups.items.map((group) => ({ ...group, kind: 'group' as const })),
      ...departments.items.map((department) => ({ ...department, kind: 'department' as const })),
    ];
  }, [api]);
  const available = (team: Team) =>
    team.memberIds.filter((id) => id !== session.user.id && users[id]?.presence === 'online').length;

  return (
    <fieldset className="member-list" aria-invalid={error ? true : undefined}>
      <legend>{t('softphone.transfer.teams')}</legend>
      <ErrorText error={teams.error} />
      {teams.data?.length === 0 && <p className="muted">{t('softphone.transfer.noTeams')}</p>}
      {teams.data?.map((team) => (
        <label
          key={`${team.kind}:${team.id}`}
          className={`member-option${picked?.id === team.id && picked.kind === team.kind ? ' member-option-checked' : ''}`}
        >
          <input
            type="radio"
            name="team"
            checked={picked?.id === team.id && picked.kind === team.kind}
            onChange={() => onPick(team)}
          />
          <span className="member-name">
            {team.name} <span className="muted">({t(`softphone.transfer.${team.kind}`)})</span>
          </span>
          <span className="muted">
            {t('softphone.transfer.available', { count: available(team), total: team.memberIds.length })}
          </span>
        </label>
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
