import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../../src/engine/commands.ts';
import type { StoredEvent } from '../../src/engine/events.ts';
import { snapshotDue } from '../../src/runtime/snapshot-cadence.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';
import { agentId, businessNumber, customerNumber, EngineDriver, numberId, ringingLeg } from './workspace.ts';

export const bigLogWorkspace = 'biglog';

/**
 * A SQLite file whose log holds `events` events of one workspace, as a server that ran a
 * while would leave it: 500 agents online, then calls offered, answered and hung up (about 10
 * events each) until the log is that long, committed in batches of about 2,000 events, with
 * snapshots where the runtime would have taken them (snapshot-cadence.ts, every 1,000 events
 * at least). Made once per size and kept in the temp folder (a few minutes for 1M events).
 */
export async function bigLog(events: number): Promise<string> {
  const folder = join(tmpdir(), 'sb-bench-biglog');
  const path = join(folder, `${events}.db`);
  if (existsSync(path)) return path;
  mkdirSync(folder, { recursive: true });
  const building = `${path}.building`;
  rmSync(building, { force: true });
  const store = new SqliteStore(building);
  await store.migrate();
  const driver = new EngineDriver(bigLogWorkspace);
  let batch: StoredEvent[] = [];
  let snapshotSeq = 0;
  let snapshotBytes = 0;
  const run = async (command: Command) => {
    const before = driver.state.version;
    const decided = driver.run(command);
    for (const [index, event] of decided.entries())
      batch.push({ workspaceId: bigLogWorkspace, seq: before + index + 1, at: driver.now, event });
    if (batch.length >= 2_000) await flush();
    return decided;
  };
  const flush = async () => {
    await store.commit(batch);
    batch = [];
    const seq = driver.state.version;
    if (!snapshotDue(seq - snapshotSeq, 1000, snapshotBytes)) return;
    const json = JSON.stringify(driver.state);
    snapshotBytes = json.length;
    snapshotSeq = seq;
    await store.saveSnapshot({ workspaceId: bigLogWorkspace, seq, state: driver.state, json });
  };
  await run({ type: 'workspace.create', name: 'Big log', plan: 'business', seed: 7 });
  await run({
    type: 'number.add',
    numberId,
    e164: businessNumber,
    kind: 'rented',
    settings: { strategy: 'round_robin' },
  });
  for (let index = 0; index < 500; index += 1)
    await run({
      type: 'user.create',
      userId: agentId(index),
      name: `Agent ${index}`,
      email: `agent${index}@biglog.test`,
    });
  for (let index = 0; index < 500; index += 1)
    await run({ type: 'presence.set', userId: agentId(index), presence: 'online' });
  for (let call = 0; driver.state.version < events; call += 1) {
    driver.now += 1_000;
    const callId = `c_${call}`;
    const offered = ringingLeg(
      await run({ type: 'call.inbound', callId, from: customerNumber(call), to: businessNumber }),
    );
    if (offered) await run({ type: 'call.answer_leg', callId, legId: offered.legId });
    driver.now += 60_000;
    await run({ type: 'call.hangup_leg', callId, legId: `${callId}.0` });
  }
  await flush();
  await store.close();
  renameSync(building, path);
  return path;
}

/** A fresh copy of the file for one run (a start may write to it). */
export function copyOf(path: string, folder: string): string {
  const copy = join(folder, 'sb.db');
  copyFileSync(path, copy);
  return copy;
}
