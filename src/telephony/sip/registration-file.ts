import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RegistrationChange, RegistrationRecords, RegistrationVerdict } from '../../store/port.ts';
import type { Binding } from './registrar-bindings.ts';
import { changes, removalMarkMs, versionOf } from './registration-version.ts';

/** One registered phone as kept across restarts, with the REGISTER that saved it. */
export interface SavedBinding extends Binding {
  workspaceId: string;
  userId: string;
}

/** Where the registrar keeps its bindings between runs: one node's file, or several nodes' PostgreSQL. */
export type RegistrationStore = RegistrationRecords;

/** A change waiting for the next write, and the caller waiting for its verdict. */
interface Pending {
  change: RegistrationChange;
  done: (verdict: RegistrationVerdict) => void;
  failed: (error: unknown) => void;
}

/** A phone un-registered: until when, and by which REGISTER (not written to the file). */
interface Mark {
  callId: string;
  cseq: number;
  expiresAt: number;
}

/**
 * The registrations of one node (on SQLite) in a JSON file in the data directory, written whole
 * and renamed into place (a crash leaves the previous file). Changed one binding at a time, by
 * the same rule as PostgreSQL's rows (RFC 3261 §10.3 step 7); a change counts once the file
 * holding it is written, and changes made while a write is under way go in the next one.
 */
export class FileRegistrationStore implements RegistrationStore {
  /** What the file holds, by workspace, user and contact; read once. */
  private written: Map<string, SavedBinding> | undefined;
  private readonly marks = new Map<string, Mark>();
  private pending: Pending[] = [];
  private writing: Promise<void> | undefined;

  constructor(
    private readonly path: string,
    private readonly now: () => number = Date.now,
  ) {}

  async load(): Promise<SavedBinding[]> {
    const now = this.now();
    return [...(await this.rows()).values()].filter((binding) => binding.expiresAt > now);
  }

  async loadUser(workspaceId: string, userId: string): Promise<SavedBinding[]> {
    return (await this.load()).filter((row) => row.workspaceId === workspaceId && row.userId === userId);
  }

  change(change: RegistrationChange): Promise<RegistrationVerdict> {
    return new Promise((done, failed) => {
      this.pending.push({ change, done, failed });
      this.writeNext();
    });
  }

  /** One write at a time, holding every change made before it began. */
  private writeNext(): void {
    if (this.writing || this.pending.length === 0) return;
    this.writing = this.writeBatch().finally(() => {
      this.writing = undefined;
      this.writeNext();
    });
  }

  private async writeBatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const rows = new Map<string, SavedBinding>();
    const marks = new Map(this.marks);
    let verdicts: RegistrationVerdict[];
    try {
      for (const [at, row] of await this.rows()) rows.set(at, row);
      verdicts = batch.map(({ change }) => apply(rows, marks, change, this.now()));
      await this.write(rows);
    } catch (error) {
      // Nothing of the batch counts: its callers answer so (a phone is told to try again).
      for (const { failed } of batch) failed(error);
      return;
    }
    this.written = rows;
    this.marks.clear();
    for (const [at, mark] of marks) this.marks.set(at, mark);
    for (const [index, { done }] of batch.entries()) done(verdicts[index]!);
  }

  private async rows(): Promise<Map<string, SavedBinding>> {
    if (this.written) return this.written;
    const rows = new Map<string, SavedBinding>();
    for (const binding of await this.read()) rows.set(rowKey(binding), binding);
    this.written ??= rows;
    return this.written;
  }

  private async read(): Promise<SavedBinding[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter(isSavedBinding) : [];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return [];
      throw error;
    }
  }

  private async write(rows: Map<string, SavedBinding>): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const partial = `${this.path}.part`;
    await writeFile(partial, JSON.stringify([...rows.values()]), { mode: 0o600 });
    await rename(partial, this.path);
  }
}

/** One change applied to the rows and marks (expired ones dropped first); what it did not do. */
function apply(
  rows: Map<string, SavedBinding>,
  marks: Map<string, Mark>,
  change: RegistrationChange,
  now: number,
): RegistrationVerdict {
  for (const [at, row] of rows) if (row.expiresAt <= now) rows.delete(at);
  for (const [at, mark] of marks) if (mark.expiresAt <= now) marks.delete(at);
  const { workspaceId, userId, removedBy } = change;
  const before = new Map(rows);
  const beforeMarks = new Map(marks);
  const user = (row: SavedBinding) => row.workspaceId === workspaceId && row.userId === userId;
  const stale: string[] = [];
  const removed = change.removed.includes('*')
    ? [...rows.values()].filter(user).map((row) => row.contact)
    : change.removed;
  for (const contact of removed) {
    const at = rowKey({ workspaceId, userId, contact });
    if (removedBy && !changes(removedBy, rows.get(at) ?? marks.get(at), now)) {
      stale.push(contact);
      continue;
    }
    rows.delete(at);
    if (removedBy) marks.set(at, { ...removedBy, expiresAt: now + removalMarkMs });
  }
  for (const binding of change.saved) {
    const at = rowKey({ workspaceId, userId, contact: binding.contact });
    if (!changes(versionOf(binding), rows.get(at) ?? marks.get(at), now)) {
      stale.push(binding.contact);
      continue;
    }
    marks.delete(at);
    rows.set(at, { workspaceId, userId, ...binding });
  }
  if (change.whole && stale.length > 0) {
    restore(rows, before);
    restore(marks, beforeMarks);
  }
  return { stale };
}

function restore<T>(map: Map<string, T>, from: Map<string, T>): void {
  map.clear();
  for (const [at, value] of from) map.set(at, value);
}

const rowKey = (row: { workspaceId: string; userId: string; contact: string }) =>
  JSON.stringify([row.workspaceId, row.userId, row.contact]);

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
    (entry.peer?.transport === 'udp' || entry.peer?.transport === 'tcp') &&
    (entry.callId === undefined || typeof entry.callId === 'string') &&
    (entry.cseq === undefined || typeof entry.cseq === 'number')
  );
}
