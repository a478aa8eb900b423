/**
 * The SQLite writer's cost per call (issue 16 goal 2): what the writer thread spends appending
 * a call's events with their projections, fsync aside (synchronous=OFF here: the disk's share
 * is its own): the batch as it crosses to the thread, decoded there (writer-batch.ts), then
 * written. The deciding thread's encoding is not timed. Batches of 64 calls × 9 events, the events of the calls bench's call (offer,
 * answer, hang-up). Run: node --import tsx bench/writer.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Event, StoredEvent } from '../src/engine/events.ts';
import { migrations } from '../src/store/sqlite/migrations.ts';
import { SqliteProjector } from '../src/store/sqlite/projector.ts';
import { fromWriterBatch, toWriterBatch } from '../src/store/sqlite/writer-batch.ts';
import { machine, ms, table } from './support/report.ts';

const batches = 200;
const callsPerBatch = 64;
const rounds = 3;

function callEvents(index: number): Event[] {
  const callId = `call_${index}`;
  const userId = `u_${index % 500}`;
  const ringing = `${callId}.1`;
  return [
    {
      type: 'call.received',
      callId,
      numberId: 'n_main',
      from: '+34600111222',
      to: '+34911234567',
      customerLegId: `${callId}.0`,
    },
    { type: 'call.routed', callId, pool: { kind: 'number', id: 'n_main' } },
    { type: 'call.leg_ringing', callId, legId: ringing, userId },
    { type: 'timer.set', timer: { id: `ring:${callId}`, at: 1 } },
    { type: 'call.leg_answered', callId, legId: ringing, userId },
    { type: 'timer.cleared', timerId: `ring:${callId}` },
    { type: 'call.leg_ended', callId, legId: ringing, userId, reason: 'hangup' },
    { type: 'call.leg_ended', callId, legId: `${callId}.0`, reason: 'hangup' },
    { type: 'call.ended', callId, outcome: 'answered', endedBy: 'customer' },
  ] as unknown as Event[];
}

/** One fresh database, every batch committed; µs per call. */
function run(): number {
  const dir = mkdtempSync(join(tmpdir(), 'sb-writer-'));
  const db = new Database(join(dir, 'bench.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  for (const migration of migrations) db.exec(migration.sql);
  const projector = new SqliteProjector(db);
  let seq = 0;
  let call = 0;
  let elapsed = 0;
  for (let batch = 0; batch < batches; batch += 1) {
    const events: StoredEvent[] = [];
    for (let index = 0; index < callsPerBatch; index += 1)
      for (const event of callEvents(call++))
        events.push({ workspaceId: 'w', seq: ++seq, at: 1_000 + seq, event });
    const crossing = toWriterBatch(events);
    const started = performance.now();
    const received = fromWriterBatch(crossing);
    projector.commit(received.events, received.json);
    elapsed += performance.now() - started;
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return (elapsed * 1000) / call;
}

machine('bench/writer.ts — the SQLite writer per call (events + projections, no fsync)');
const results = Array.from({ length: rounds }, run);
console.log(
  `${batches} batches of ${callsPerBatch} calls × 9 events per round; wall time on the writer's thread.\n`,
);
table(
  ['round', 'µs per call', 'calls/s one writer thread could take'],
  results.map((micros, index) => [
    String(index + 1),
    ms(micros),
    Math.round(1e6 / micros).toLocaleString('en-US'),
  ]),
);
