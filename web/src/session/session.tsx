import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type Api, rootApi, workspaceApi } from '../api/client.ts';
import type { Session, User } from '../api/types.ts';

const storageKey = 'switchboard.session';

interface SessionContextValue {
  session?: Session;
  api?: Api;
  /** workspaceId: the workspace to open when the person is in several (else the first). */
  signIn(email: string, password: string, workspaceId?: string): Promise<void>;
  /** ended: the server already ended this session (signed out elsewhere, expired). */
  signOut(ended?: boolean): Promise<void>;
  /** Switches to another workspace this person signed in to (a token per workspace). */
  switchWorkspace(workspaceId: string): void;
  /** Refreshes the signed-in user (role, presence) after a change. */
  updateUser(user: User): void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

function load(): Session | undefined {
  try {
    const text = localStorage.getItem(storageKey);
    return text ? (JSON.parse(text) as Session) : undefined;
  } catch {
    return undefined;
  }
}

function save(session: Session | undefined): void {
  if (session) localStorage.setItem(storageKey, JSON.stringify(session));
  else localStorage.removeItem(storageKey);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | undefined>(load);

  const change = useCallback((next: Session | undefined) => {
    save(next);
    setSession(next);
  }, []);

  const signIn = useCallback(
    async (email: string, password: string, workspaceId?: string) => {
      const body = { email, password, ...(workspaceId ? { workspaceId } : {}) };
      change(await rootApi().post('//sessions', { body }));
    },
    [change],
  );

  const signOut = useCallback(
    async (ended = false) => {
      const all = session?.workspaces.map((workspace) => workspace.token) ?? [];
      if (session && !all.includes(session.token)) all.push(session.token);
      // A session the server already ended is not ended twice (that would answer 401).
      const tokens = ended ? all.filter((token) => token !== session?.token) : all;
      change(undefined);
      await Promise.allSettled(
        tokens.flatMap((token) => (token ? [rootApi(token).del('//sessions/current')] : [])),
      );
    },
    [session, change],
  );

  const switchWorkspace = useCallback(
    (workspaceId: string) => {
      const target = session?.workspaces.find((workspace) => workspace.id === workspaceId);
      if (!session || !target?.token) return;
      const token = target.token;
      rootApi(token)
        .get('//me')
        .then(({ user }) => (user ? change({ ...session, token, workspaceId, user }) : change(undefined)))
        .catch(() => change(undefined));
    },
    [session, change],
  );

  const updateUser = useCallback(
    (user: User) => {
      if (session && user.id === session.user.id) change({ ...session, user });
    },
    [session, change],
  );

  // The api is the same object for as long as the token is: a presence update (which renews
  // the session's user) must not look like a new sign-in to pages that load on [api].
  const token = session?.token;
  const workspaceId = session?.workspaceId;
  const api = useMemo(
    () => (token && workspaceId ? workspaceApi(token, workspaceId) : undefined),
    [token, workspaceId],
  );

  const value = useMemo<SessionContextValue>(
    () => ({
      session,
      api,
      signIn,
      signOut,
      switchWorkspace,
      updateUser,
    }),
    [session, api, signIn, signOut, switchWorkspace, updateUser],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages behind the log-in: the session and its API, always there. */
export function useSignedIn(): { session: Session; api: Api } & SessionContextValue {
  const value = useSession();
  if (!value.session || !value.api) throw new Error('useSignedIn on a signed-out page');
  return { ...value, session: value.session, api: value.api };
}
