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

/** A phone un-registered: until when, and by which REGISTER. */
interface Mark {
  callId: string;
  cseq: number;
  expiresAt: number;
}

/**
 * A mark as the file keeps it, beside the bindings: without a peer, so a version that does not
 * know marks skips it when it reads the file.
 */
interface SavedMark extends Mark {
  workspaceId: string;
  userId: string;
  contact: string;
  removed: true;
}

/** What the file holds, by workspace, user and contact. */
interface Held {
  rows: Map<string, SavedBinding>;
  marks: Map<string, Mark>;
}

/**
 * The registrations of one node (on SQLite) in a JSON file in the data directory, written whole
 * and renamed into place (a crash leaves the previous file). Changed one binding at a time, by
 * the same rule as PostgreSQL's rows (RFC 3261 §10.3 step 7); a change counts once the file
 * holding it is written, and changes made while a write is under way go in the next one. An
 * un-registered phone's mark is written too, so that it outlives a restart as PostgreSQL's does.
 */
export class FileRegistrationStore implements RegistrationStore {
  /** What the file holds; read once. */
  private written: Held | undefined;
  private pending: Pending[] = [];
  private writing: Promise<void> | undefined;

  constructor(
    private readonly path: string,
    private readonly now: () => number = Date.now,
  ) {}

  async load(): Promise<SavedBinding[]> {
    const now = this.now();
    return [...(await this.held()).rows.values()].filter((binding) => binding.expiresAt > now);
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
    let held: Held;
    let verdicts: RegistrationVerdict[];
    try {
      const before = await this.held();
      held = { rows: new Map(before.rows), marks: new Map(before.marks) };
      verdicts = batch.map(({ change }) => apply(held.rows, held.marks, change, this.now()));
      await this.write(held);
    } catch (error) {
      // Nothing of the batch counts: its callers answer so (a phone is told to try again).
      for (const { failed } of batch) failed(error);
      return;
    }
    this.written = held;
    for (const [index, { done }] of batch.entries()) done(verdicts[index]!);
  }

  private async held(): Promise<Held> {
    if (this.written) return this.written;
    const held: Held = { rows: new Map(), marks: new Map() };
    for (const entry of await this.read()) {
      if (isSavedBinding(entry)) held.rows.set(rowKey(entry), entry);
      else if (isSavedMark(entry)) {
        const { callId, cseq, expiresAt } = entry;
        held.marks.set(rowKey(entry), { callId, cseq, expiresAt });
      }
    }
    this.written ??= held;
    return this.written;
  }

  private async read(): Promise<unknown[]> {
    try {
      const parsed: unknown = JSON.parse(await readFile(this.path, 'utf8'));
      return Array.isArray(parsed) ? parsed : [];
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      if (code === 'ENOENT' || error instanceof SyntaxError) return [];
      throw new Error(`the saved registrations at ${this.path} cannot be read (${code ?? message})`, {
        cause: error,
      });
    }
  }

  private async write({ rows, marks }: Held): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const partial = `${this.path}.part`;
    const saved: Array<SavedBinding | SavedMark> = [...rows.values()];
    for (const [at, mark] of marks) {
      const [workspaceId, userId, contact] = JSON.parse(at) as [string, string, string];
      saved.push({ workspaceId, userId, contact, removed: true, ...mark });
    }
    await writeFile(partial, JSON.stringify(saved), { mode: 0o600 });
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
    const mark = removedBy && { ...removedBy, expiresAt: now + removalMarkMs };
    if (mark && !changes(mark, rows.get(at) ?? marks.get(at), now)) {
      stale.push(contact);
      continue;
    }
    rows.delete(at);
    if (mark) marks.set(at, mark);
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

/** A file edited by hand or by another version is read defensively: anything odd is skipped. */
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

function isSavedMark(value: unknown): value is SavedMark {
  const entry = value as SavedMark;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    entry.removed === true &&
    typeof entry.workspaceId === 'string' &&
    typeof entry.userId === 'string' &&
    typeof entry.contact === 'string' &&
    typeof entry.callId === 'string' &&
    typeof entry.cseq === 'number' &&
    typeof entry.expiresAt === 'number'
  );
}
