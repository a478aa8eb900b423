import { type PasswordHashing, verifyPassword } from '../security/passwords.ts';
import type { Credentials } from '../store/port.ts';
import type { WorkspaceSpec } from './spec.ts';

export type PasswordStore = Pick<Credentials, 'getPassword' | 'setPassword'>;

export interface PasswordChange {
  userId: string;
  path: string;
  password: string;
}

/** Users whose spec password is not the one they have: a password that already works is left alone. */
export async function passwordChanges(
  store: PasswordStore,
  workspaceId: string,
  spec: WorkspaceSpec,
): Promise<PasswordChange[]> {
  const changes: PasswordChange[] = [];
  for (const [index, user] of (spec.users ?? []).entries()) {
    if (!user.password) continue;
    const stored = await store.getPassword(workspaceId, user.id);
    if (stored && (await verifyPassword(user.password, stored))) continue;
    changes.push({ userId: user.id, path: `users[${index}].password`, password: user.password });
  }
  return changes;
}

/** Stores the passwords hashed (scrypt); the plain text goes nowhere else. */
export async function setPasswords(
  store: PasswordStore,
  passwords: Pick<PasswordHashing, 'hash'>,
  workspaceId: string,
  changes: PasswordChange[],
): Promise<void> {
  for (const change of changes)
    await store.setPassword(workspaceId, change.userId, await passwords.hash(change.password));
}
