import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RegistrationChange } from '../../store/port.ts';
import type { Binding } from './registrar.ts';

/** One registered phone as kept across restarts. */
export interface SavedBinding extends Binding {
  workspaceId: string;
  userId: string;
}

/** Where the registrar keeps its bindings between runs. */
export interface RegistrationStore {
  load(): Promise<SavedBinding[]>;
  save(bindings: SavedBinding[]): Promise<void>;
  /** One user's, by whichever node saved them (several nodes on PostgreSQL). */
  loadUser?(workspaceId: string, userId: string): Promise<SavedBinding[]>;
  /** One user's phones changed in place, whoever saved them (several nodes; then `save` is unused). */
  change?(change: RegistrationChange): Promise<void>;
}

/**
 * The registrations in a JSON file in the data directory, written whole and renamed into place
 * (a crash leaves the previous file). Phones re-register every few minutes, so this is rewritten
 * at most once per `everyMs` however many arrive.
 */
export class FileRegistrationStore implements RegistrationStore {
  private pending: SavedBinding[] | undefined;
  private writing: Promise<void> | undefined;

  constructor(
    private readonly path: string,
    private readonly everyMs = 200,
  ) {}

  async load(): Promise<SavedBinding[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter(isSavedBinding) : [];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return [];
      throw error;
    }
  }

  save(bindings: SavedBinding[]): Promise<void> {
    this.pending = bindings;
    this.writing ??= new Promise<void>((resolve) => setTimeout(resolve, this.everyMs))
      .then(() => this.flush())
      .finally(() => {
        this.writing = undefined;
      });
    return this.writing;
  }

  private async flush(): Promise<void> {
    const bindings = this.pending;
    this.pending = undefined;
    if (!bindings) return;
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const partial = `${this.path}.part`;
    await writeFile(partial, JSON.stringify(bindings), { mode: 0o600 });
    await rename(partial, this.path);
  }
}

/** A file edited by hand or by an older version is read defensively: anything odd is skipped. */
function isSavedBinding(value: unknown): value is SavedBinding {
  const entry = value as SavedBinding;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.workspaceId === 'string' &&
    typeof entry.userId === 'string' &&
    typeof entry.contact === 'string' &&
    typeof entry.expiresAt === 'number' &&
    typeof entry.peer?.address === 'string' &&
    typeof entry.peer?.port === 'number' &&
    (entry.peer?.transport === 'udp' || entry.peer?.transport === 'tcp')
  );
}
