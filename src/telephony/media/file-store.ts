import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { checkMediaKey, type MediaStore } from './store.ts';

/** Audio as files: `<dir>/<workspaceId>/<id>.wav`. */
export class FileMediaStore implements MediaStore {
  private readonly root: string;

  constructor(dir: string) {
    this.root = resolve(dir);
  }

  async put(workspaceId: string, id: string, bytes: Uint8Array): Promise<void> {
    const path = this.pathOf(workspaceId, id);
    // Callers' voices are personal data: owner-only folders and files (issue 12 item 11).
    await mkdir(join(this.root, workspaceId), { recursive: true, mode: 0o700 });
    // Written aside and renamed into place, so a reader finds the whole file or none.
    const partial = `${path}.${randomUUID()}.part`;
    try {
      await writeFile(partial, bytes, { mode: 0o600 });
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async open(workspaceId: string, id: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.pathOf(workspaceId, id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    await rm(this.pathOf(workspaceId, id), { force: true });
  }

  private pathOf(workspaceId: string, id: string): string {
    checkMediaKey(workspaceId, id);
    const path = resolve(this.root, workspaceId, `${id}.wav`);
    // checkMediaKey already forbids it; this keeps any future change from escaping the folder.
    if (!path.startsWith(this.root + sep)) throw new Error(`media path ${path} is outside ${this.root}`);
    return path;
  }
}
