import net from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { PostgresLeases } from './leases.ts';
import { CommitListener } from './notifications.ts';

/** A "database" that accepts every connection and hangs up at once: each connection is an attempt. */
async function hangingUpDatabase() {
  let attempts = 0;
  const server = net.createServer((socket) => {
    attempts++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgres://nobody@127.0.0.1:${port}/none`,
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/**
 * A node whose database has gone keeps asking for it every half second on each of its own
 * connections, no faster: one failed attempt once scheduled two retries, and a node left
 * running after its database stopped held 20,000 sockets and a core within 15 s.
 */
describe('a node whose database hangs up', () => {
  it('asks for its liveness lock again every half second, one attempt at a time, until closed', async () => {
    const database = await hangingUpDatabase();
    closers.push(database.close);
    const pool = new pg.Pool({ connectionString: database.url });
    closers.push(() => pool.end());
    const leases = new PostgresLeases(pool, 'node_a', 6000);
    await expect(leases.holdLiveness(database.url)).rejects.toThrow();
    await sleep(1600);
    // At 0, 0.5, 1.0 and 1.5 s; doubling would have made 15.
    expect(database.attempts()).toBeGreaterThanOrEqual(2);
    expect(database.attempts()).toBeLessThanOrEqual(5);
    await leases.close();
    const closedAt = database.attempts();
    await sleep(1200);
    // An attempt already under way when it closed may still reach the database; none after it.
    expect(database.attempts()).toBeLessThanOrEqual(closedAt + 1);
  });

  it('listens for commits again every half second, one attempt at a time, until closed', async () => {
    const database = await hangingUpDatabase();
    closers.push(database.close);
    const errors: unknown[] = [];
    const listener = new CommitListener(
      database.url,
      () => {},
      (error) => errors.push(error),
    );
    await expect(listener.start()).rejects.toThrow();
    await sleep(1600);
    expect(database.attempts()).toBeGreaterThanOrEqual(2);
    expect(database.attempts()).toBeLessThanOrEqual(5);
    // Each failed attempt is reported once (the last may still be on its way).
    expect(errors.length).toBeLessThanOrEqual(database.attempts());
    expect(errors.length).toBeGreaterThanOrEqual(database.attempts() - 1);
    await listener.close();
    const closedAt = database.attempts();
    await sleep(1200);
    // An attempt already under way when it closed may still reach the database; none after it.
    expect(database.attempts()).toBeLessThanOrEqual(closedAt + 1);
  });
});
