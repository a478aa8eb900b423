import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { invalid } from '../../domain/errors.ts';
import { checkMediaKey } from '../media/store.ts';

/** What a carrier needs to authenticate Switchboard's outbound calls (digest, RFC 3261 §22). */
export interface TrunkCredentials {
  username: string;
  password: string;
}

/**
 * Each workspace trunk's outbound credentials. The password must be kept in the clear (a
 * digest answer needs it with the carrier's realm, learnt only from its challenge), so it is
 * kept out of the event log, the API's answers and the YAML export: in a file of its own
 * readable by the server's user only, beside the media.
 */
export interface TrunkSecrets {
  get(workspaceId: string): Promise<TrunkCredentials | undefined>;
  set(workspaceId: string, credentials: TrunkCredentials): Promise<void>;
  remove(workspaceId: string): Promise<void>;
}

export function checkTrunkCredentials(body: TrunkCredentials): TrunkCredentials {
  if (!/^[^\s"\\:@]{1,100}$/.test(body.username))
    throw invalid(
      'username',
      'username must be 1–100 characters with no spaces, quotes, backslashes, : or @',
    );
  if (body.password.length < 1 || body.password.length > 200 || /[\r\n]/.test(body.password))
    throw invalid('password', 'password must be 1–200 characters on one line');
  return { username: body.username, password: body.password };
}

export class FileTrunkSecrets implements TrunkSecrets {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async get(workspaceId: string): Promise<TrunkCredentials | undefined> {
    try {
      const parsed = JSON.parse(await readFile(this.pathOf(workspaceId), 'utf8')) as TrunkCredentials;
      return { username: String(parsed.username), password: String(parsed.password) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async set(workspaceId: string, credentials: TrunkCredentials): Promise<void> {
    const path = this.pathOf(workspaceId);
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    const partial = `${path}.part`;
    await writeFile(partial, JSON.stringify(credentials), { mode: 0o600 });
    await rename(partial, path);
  }

  async remove(workspaceId: string): Promise<void> {
    await rm(this.pathOf(workspaceId), { force: true });
  }

  private pathOf(workspaceId: string): string {
    checkMediaKey(workspaceId, 'trunk');
    return join(this.root, `${workspaceId}.json`);
  }
}

export class MemoryTrunkSecrets implements TrunkSecrets {
  private readonly secrets = new Map<string, TrunkCredentials>();
  async get(workspaceId: string) {
    return this.secrets.get(workspaceId);
  }
  async set(workspaceId: string, credentials: TrunkCredentials) {
    this.secrets.set(workspaceId, { ...credentials });
  }
  async remove(workspaceId: string) {
    this.secrets.delete(workspaceId);
  }
}
