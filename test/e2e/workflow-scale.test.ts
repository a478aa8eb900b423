import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../../src/runtime/clock.ts';
import { Runtime } from '../../src/runtime/runtime.ts';
import { SqliteStore } from '../../src/store/sqlite/store.ts';

async function open(path: string, clock: VirtualClock) {
  const store = new SqliteStore(path);
  await store.migrate();
  const runtime = new Runtime({ store, clock, snapshotEvery: 5000 });
  await runtime.start();
  return { store, runtime };
}

describe('workflow waits at scale (F5)', () => {
  it('10,000 conversations each waiting in a workflow fire their waits on time after a restart', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sb-wf-scale-')), 'test.db');
    const clock = new VirtualClock();
    const first = await open(path, clock);
    const run = (command: Parameters<Runtime['execute']>[1]) => first.runtime.execute('w1', command);
    await run({ type: 'workspace.create', name: 'Acme', seed: 5 });
    await run({ type: 'department.create', departmentId: 'support', name: 'Support' });
    await run({
      type: 'workflow.save_draft',
      workflowId: 'wf',
      name: 'Nudge',
      definition: {
        trigger: { kind: 'conversation_opened', match: 'all', conditions: [] },
        start: 'wait',
        steps: [
          { id: 'wait', kind: 'wait', seconds: 600, next: 'note' },
          { id: 'note', kind: 'add_comment', text: 'Still waiting after 10 minutes', next: 'end' },
          { id: 'end', kind: 'end' },
        ],
      },
    });
    await run({ type: 'workflow.publish', workflowId: 'wf' });
    const count = 10_000;
    await Promise.all(
      Array.from({ length: count }, (_, i) =>
        run({
          type: 'conversation.incoming',
          conversationId: `k${i}`,
          channel: 'webchat',
          contact: { address: `v${i}` },
          channelMessageId: `m${i}`,
          text: 'Hello',
          departmentId: 'support',
        }),
      ),
    );
    expect(first.runtime.pendingTimers()).toBe(count);
    await first.runtime.stop();
    await first.store.close();

    // Restarted 11 minutes later: every wait is due, and fires at once on start.
    const second = await open(path, new VirtualClock(clock.now() + 660_000));
    const state = second.runtime.state('w1')!;
    expect(Object.keys(state.workflowRuns)).toHaveLength(0);
    expect(second.runtime.pendingTimers()).toBe(0);
    const notes = await second.store.history('w1', {
      entityType: 'workflow',
      entityId: 'wf',
      limit: 100_000,
    });
    expect(notes.filter((e) => e.event.type === 'workflow.run_finished')).toHaveLength(count);
    await second.runtime.stop();
    await second.store.close();
  }, 120_000);
});
