import { invalid } from '../../domain/errors.ts';

/**
 * Where the audio of voicemails (V8) and call recordings (V2) is kept, by workspace and
 * media id. The telephony driver puts it; the API reads it back for playback.
 */
export interface MediaStore {
  /** Stores the audio whole; a reader never sees part of it. */
  put(workspaceId: string, id: string, bytes: Uint8Array): Promise<void>;
  /** The audio, or undefined when there is none (yet). */
  open(workspaceId: string, id: string): Promise<Buffer | undefined>;
  /** Forgets the audio (a replaced or withdrawn prompt); nothing there is not an error. */
  remove(workspaceId: string, id: string): Promise<void>;
}

const segment = /^[A-Za-z0-9_.:-]{1,100}$/;

/**
 * Workspace and media ids become file names: only plain id characters, and never a name
 * made of dots alone (`.` or `..` would leave the workspace's folder).
 */
export function checkMediaKey(workspaceId: string, id: string): void {
  for (const [field, value] of [
    ['workspaceId', workspaceId],
    ['id', id],
  ] as const)
    if (!segment.test(value) || /^\.+$/.test(value))
      throw invalid(field, `${field} may hold only letters, digits and _ . : - (and not only dots)`);
}

/** Audio kept in memory: the default for a driver built without storage, and for tests. */
export class MemoryMediaStore implements MediaStore {
  private readonly files = new Map<string, Buffer>();

  async put(workspaceId: string, id: string, bytes: Uint8Array): Promise<void> {
    checkMediaKey(workspaceId, id);
    this.files.set(`${workspaceId}/${id}`, Buffer.from(bytes));
  }

  async open(workspaceId: string, id: string): Promise<Buffer | undefined> {
    checkMediaKey(workspaceId, id);
    return this.files.get(`${workspaceId}/${id}`);
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    checkMediaKey(workspaceId, id);
    this.files.delete(`${workspaceId}/${id}`);
  }
}
