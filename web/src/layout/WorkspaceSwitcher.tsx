import { useI18n } from '../i18n/i18n.tsx';
import { useSignedIn } from '../session/session.tsx';

/** Shown only to people who belong to more than one workspace. */
export function WorkspaceSwitcher() {
  const { t } = useI18n();
  const { session, switchWorkspace } = useSignedIn();
  if (session.workspaces.length < 2) return null;
  return (
    <label className="inline-select">
      <span>{t('session.workspace')}</span>
      <select value={session.workspaceId} onChange={(event) => switchWorkspace(event.target.value)}>
        {session.workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
    </label>
  );
}
