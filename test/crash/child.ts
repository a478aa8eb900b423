/**
 * A real server process for the crash tests: `node --import tsx test/crash/child.ts --db <file>
 * [--seed] [--clock-offset-ms <ms>] [--allow-private-webhooks]` (the tests run it bundled:
 * test/crash/child-bundle.ts). It opens the switchboard on the SQLite file with the
 * system clock (shifted by the offset, to let a restart find timers overdue without waiting
 * for them), listens on a free port and prints one JSON line: { port, adminToken }.
 * adminToken is null after the first start, since the key is shown only once.
 */
import { parseArgs } from 'node:util';
import type { Clock } from '../../src/runtime/clock.ts';
import { openSwitchboard, type Switchboard } from '../../src/server/switchboard.ts';
import { seeded } from './seeded.ts';

/** The system clock, shifted: a restart "later" without the wait. */
class OffsetClock implements Clock {
  readonly kind = 'system';
  constructor(private readonly offsetMs: number) {}
  now(): number {
    return Date.now() + this.offsetMs;
  }
}

/** A workspace with one online agent on one number; an unanswered call ends at once when its ring times out. */
async function seed({ runtime }: Switchboard): Promise<void> {
  const { workspaceId } = seeded;
  await runtime.execute(workspaceId, { type: 'workspace.create', name: 'Acme', plan: 'business', seed: 42 });
  for (const userId of [seeded.agentId, ...seeded.togglers])
    await runtime.execute(workspaceId, {
      type: 'user.create',
      userId,
      name: userId,
      email: `${userId}@acme.test`,
    });
  await runtime.execute(workspaceId, {
    type: 'number.add',
    numberId: 'n_main',
    e164: seeded.number,
    kind: 'rented',
    assignedUserIds: [seeded.agentId],
    settings: { noAnswerAction: { kind: 'hang_up' } },
  });
  await runtime.execute(workspaceId, { type: 'presence.set', userId: seeded.agentId, presence: 'online' });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      seed: { type: 'boolean' },
      'clock-offset-ms': { type: 'string' },
      'allow-private-webhooks': { type: 'boolean' },
    },
  });
  if (!values.db) throw new Error('--db <file> is required');
  const offset = Number(values['clock-offset-ms'] ?? 0);
  const switchboard = await openSwitchboard({
    dbPath: values.db,
    clock: new OffsetClock(offset),
    logger: false,
    // Webhook tests send to a receiver on 127.0.0.1 and retry within the test's patience.
    webhooks: {
      allowPrivate: values['allow-private-webhooks'],
      retry: { baseMs: 100, maxMs: 300 },
      pollMs: 50,
    },
  });
  if (values.seed) await seed(switchboard);
  const address = await switchboard.app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(
    `${JSON.stringify({ port: Number(new URL(address).port), adminToken: switchboard.adminToken ?? null })}\n`,
  );
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
