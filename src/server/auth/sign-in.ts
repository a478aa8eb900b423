import type { PasswordHashing } from '../../security/passwords.ts';
import type { Store } from '../../store/port.ts';

type Entry = Awaited<ReturnType<Store['usersByEmail']>>[number];

/**
 * The accounts this email and password open, one per workspace. An email with no account
 * (or none with a password) still costs one scrypt, against a hash made for nobody, so the
 * answer takes as long as for a known email and timing does not tell which emails have
 * accounts (issue 12 item 8).
 */
export async function passwordMatches(
  store: Pick<Store, 'usersByEmail' | 'getPassword'>,
  email: string,
  password: string,
  passwords: Pick<PasswordHashing, 'verify' | 'nobodysHash'>,
): Promise<Entry[]> {
  const matches: Entry[] = [];
  let checked = false;
  for (const entry of await store.usersByEmail(email)) {
    const hash = await store.getPassword(entry.workspaceId, entry.userId);
    if (!hash) continue;
    checked = true;
    if (await passwords.verify(password, hash)) matches.push(entry);
  }
  if (!checked) await passwords.verify(password, await passwords.nobodysHash());
  return matches;
}
