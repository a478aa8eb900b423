import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresForThisFile } from '../../../test/support/postgres.ts';
import { storeContract } from '../contract/store-contract.ts';
import { telephonyStateContract } from '../contract/telephony-contract.ts';
import { webhookDeliveriesContract } from '../contract/webhook-contract.ts';
import { PostgresStore } from './store.ts';

const postgres = postgresForThisFile();

storeContract('PostgreSQL', async () => {
  const store = new PostgresStore({ url: await postgres().createDatabase(), poolSize: 2 });
  await store.migrate();
  return store;
});

webhookDeliveriesContract('PostgreSQL', async () => {
  const store = new PostgresStore({ url: await postgres().createDatabase(), poolSize: 2 });
  await store.migrate();
  return store;
});
const stores: PostgresStore[] = [];

async function open(url: string, nodeId: string, secretsPassphrase?: string) {
  const store = new PostgresStore({
    url,
    nodeId,
    poolSize: 2,
    ...(secretsPassphrase ? { secretsPassphrase } : {}),
  });
  stores.push(store);
  await store.migrate();
  return store;
}

afterAll(async () => {
  for (const store of stores) await store.close();
});

/** The database each telephony contract opened, to open again as a restarted node. */
const reopened = new Map<unknown, string>();
async function telephonyOf(secretsPassphrase?: string) {
  const url = await postgres().createDatabase();
  const { telephony } = await open(url, 'n1', secretsPassphrase);
  reopened.set(telephony, url);
  return telephony;
}
const reopen = async (telephony: unknown) =>
  (await open(reopened.get(telephony)!, 'n1')).telephony.registrations;

telephonyStateContract('PostgreSQL', () => telephonyOf(), reopen);
telephonyStateContract(
  'PostgreSQL with a secrets passphrase',
  () => telephonyOf('correct horse battery staple'),
  reopen,
);

describe('PostgreSQL: telephony state shared by the nodes (issue 18)', () => {
  let url: string;
  let one: PostgresStore;
  let two: PostgresStore;
  const passphrase = 'correct horse battery staple';
  beforeAll(async () => {
    url = await postgres().createDatabase();
    one = await open(url, 'n1', passphrase);
    two = await open(url, 'n2', passphrase);
  });

  it('what one node stores, another reads: audio, trunk credentials, registered phones', async () => {
    await one.telephony.audio.put('w1', 'vm_1', new Uint8Array([7, 7]));
    await one.telephony.trunkSecrets.set('w1', { username: 'acme', password: 'hunter2hunter2' });
    const phone = {
      workspaceId: 'w1',
      userId: 'u1',
      contact: 'sip:u1@192.0.2.10:5062',
      peer: { transport: 'udp' as const, address: '192.0.2.10', port: 5062 },
      expiresAt: Date.now() + 60_000,
    };
    const { workspaceId: _, userId: __, ...binding } = phone;
    const u1 = { workspaceId: 'w1', userId: 'u1' };
    await one.telephony.registrations.change({ ...u1, saved: [binding], removed: [] });
    await two.telephony.registrations.change({
      workspaceId: 'w1',
      userId: 'u2',
      saved: [{ ...binding, contact: 'sip:u2@x' }],
      removed: [],
    });

    expect([...((await two.telephony.audio.open('w1', 'vm_1')) ?? [])]).toEqual([7, 7]);
    expect(await two.telephony.trunkSecrets.get('w1')).toEqual({
      username: 'acme',
      password: 'hunter2hunter2',
    });
    expect((await two.telephony.registrations.load()).map((r) => r.userId)).toEqual(['u1', 'u2']);
    // One row per phone, whichever node saved it last.
    await two.telephony.registrations.change({
      ...u1,
      saved: [{ ...binding, expiresAt: phone.expiresAt + 5_000 }],
      removed: [],
    });
    expect(await one.telephony.registrations.loadUser('w1', 'u1')).toEqual([
      { ...phone, expiresAt: phone.expiresAt + 5_000 },
    ]);
    expect(await two.telephony.registrations.loadUser('w2', 'u1')).toEqual([]);
    const { rows } = await one.pool.query("SELECT node_id FROM sip_registrations WHERE user_id = 'u1'");
    expect(rows).toEqual([{ node_id: 'n2' }]);
    await one.telephony.registrations.change({ ...u1, saved: [], removed: ['*'] });
    await one.telephony.registrations.change({ workspaceId: 'w1', userId: 'u2', saved: [], removed: ['*'] });
    expect(await two.telephony.registrations.load()).toEqual([]);
  });

  it('issue 18 leftovers: a phone changed in place; an un-registration at one node deletes the row any node saved', async () => {
    const phone = {
      contact: 'sip:u9@192.0.2.10:5062',
      peer: { transport: 'udp' as const, address: '192.0.2.10', port: 5062 },
      expiresAt: Date.now() + 60_000,
    };
    const user = { workspaceId: 'w9', userId: 'u9' };
    const other = { ...phone, contact: 'sip:u9@192.0.2.10:5064' };
    await one.telephony.registrations.change({ ...user, saved: [phone], removed: [] });
    await two.telephony.registrations.change({ ...user, saved: [phone, other], removed: [] });
    // A refresh at one node updates its row in place and leaves the other's.
    await one.telephony.registrations.change({
      ...user,
      saved: [{ ...phone, expiresAt: phone.expiresAt + 5_000, userAgent: 'desk' }],
      removed: [],
    });
    expect(await two.telephony.registrations.loadUser('w9', 'u9')).toEqual([
      { ...user, ...phone, expiresAt: phone.expiresAt + 5_000, userAgent: 'desk' },
      { ...user, ...other },
    ]);
    // Un-registered at node one: node two's copy goes too.
    await one.telephony.registrations.change({ ...user, saved: [], removed: [phone.contact] });
    expect(await one.telephony.registrations.loadUser('w9', 'u9')).toEqual([{ ...user, ...other }]);
    // A node letting the workspace go deletes only its own rows; '*' deletes every node's.
    await one.telephony.registrations.change({ ...user, saved: [phone], removed: [] });
    await one.telephony.registrations.change({ ...user, saved: [], removed: [], releasedHere: true });
    expect(await one.telephony.registrations.loadUser('w9', 'u9')).toEqual([{ ...user, ...other }]);
    await one.telephony.registrations.change({ ...user, saved: [], removed: ['*'] });
    expect(await two.telephony.registrations.loadUser('w9', 'u9')).toEqual([]);
  });

  it('a trunk password is sealed at rest, bound to its workspace, and opens only with the passphrase', async () => {
    await one.telephony.trunkSecrets.set('w2', { username: 'acme', password: 'hunter2hunter2' });
    const { rows } = await one.pool.query("SELECT * FROM sip_trunk_secrets WHERE workspace_id = 'w2'");
    expect(JSON.stringify(rows)).not.toContain('hunter2');
    expect(rows[0].secret).toMatch(/^aes-256-gcm:/);

    // Copied into another workspace's row, it does not open there.
    await one.pool.query(
      "INSERT INTO sip_trunk_secrets (workspace_id, username, secret) SELECT 'w3', username, secret FROM sip_trunk_secrets WHERE workspace_id = 'w2'",
    );
    await expect(one.telephony.trunkSecrets.get('w3')).rejects.toThrow(/does not open/);
    const without = await open(url, 'n3');
    const failure = await without.telephony.trunkSecrets.get('w2').catch((error: Error) => error);
    expect(String(failure)).toMatch(/SWITCHBOARD_SECRETS_KEY/);
    expect(String(failure)).not.toContain('hunter2');
    const wrong = await open(url, 'n4', 'another passphrase');
    await expect(wrong.telephony.trunkSecrets.get('w2')).rejects.toThrow(/does not open/);

    // Written without a passphrase, it is kept as given, and read by a node that has one.
    await without.telephony.trunkSecrets.set('w4', { username: 'plain', password: 'pw' });
    expect(await one.telephony.trunkSecrets.get('w4')).toEqual({ username: 'plain', password: 'pw' });
  });
});
