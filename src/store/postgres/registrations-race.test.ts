import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresForThisFile } from '../../../test/support/postgres.ts';
import type { Registrar } from '../../telephony/sip/registrar.ts';
import { registerAnn, trustingRegistrar } from '../../telephony/sip/trusting-registrar.ts';
import { PostgresStore } from './store.ts';

const postgres = postgresForThisFile();

/** A node's registrar on the shared PostgreSQL, the phone's credentials taken as right. */
const node = (store: PostgresStore, owns: boolean) =>
  trustingRegistrar(store.telephony.registrations, { owns });

/** A REGISTER of ann's phone at `port` from one boot of the phone (Call-ID), numbered `cseq`; its status. */
const register = async (registrar: Registrar, port: number, cseq: number, expires: number) =>
  (await registerAnn(registrar, { port, cseq, expires })).status;

describe('issue 18 session 8 item 2: an un-REGISTER and a refresh of one phone racing through two nodes (RFC 3261 §10.3 step 7)', () => {
  const stores: PostgresStore[] = [];
  let owner: ReturnType<typeof node>;
  let other: ReturnType<typeof node>;
  let rows: (port: number) => Promise<unknown[]>;
  let port = 5060;

  beforeAll(async () => {
    const url = await postgres().createDatabase();
    for (const nodeId of ['node_a', 'node_b']) {
      const store = new PostgresStore({ url, nodeId, poolSize: 4 });
      await store.migrate();
      stores.push(store);
    }
    owner = node(stores[0]!, true);
    other = node(stores[1]!, false);
    rows = async (at) =>
      (
        await stores[0]!.pool.query(
          'SELECT removed, cseq FROM sip_registrations WHERE contact = $1 AND expires_at > $2',
          [`sip:ann@192.0.2.1:${at}`, Date.now()],
        )
      ).rows;
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  /** A phone registered at the owner (CSeq 1); the refresh (10) and un-register (11) come next. */
  async function registered(): Promise<number> {
    port += 1;
    expect(await register(owner.registrar, port, 1, 600)).toBe(200);
    return port;
  }

  /** The owner hears what the other node relayed, as its NOTIFY would reach it (after the row). */
  async function deliver(): Promise<void> {
    for (const change of other.relayed.splice(0)) await owner.registrar.receive(change);
  }

  const devices = (at: number) =>
    owner.registrar.devices('w', 'u_ann').filter((binding) => binding.contact.endsWith(`:${at}`));

  it('the refresh first, then the un-register: the phone is gone, its relayed refresh arriving late included', async () => {
    const at = await registered();
    expect(await register(other.registrar, at, 10, 600)).toBe(200);
    expect(await register(owner.registrar, at, 11, 0)).toBe(200);
    await deliver();
    expect(devices(at)).toEqual([]);
    expect(await rows(at)).toEqual([{ removed: true, cseq: 11 }]);
  });

  it('the un-register first, then the refresh that preceded it: refused, the phone stays gone', async () => {
    const at = await registered();
    expect(await register(owner.registrar, at, 11, 0)).toBe(200);
    expect(await register(other.registrar, at, 10, 600)).toBe(400);
    expect(other.relayed).toEqual([]);
    expect(devices(at)).toEqual([]);
    expect(await rows(at)).toEqual([{ removed: true, cseq: 11 }]);
    // A later REGISTER of the phone registers it again.
    expect(await register(other.registrar, at, 12, 600)).toBe(200);
    await deliver();
    expect(devices(at)).toHaveLength(1);
    expect(await rows(at)).toEqual([{ removed: false, cseq: 12 }]);
  });

  it('both at once, through either node, many times: the later CSeq always wins', async () => {
    for (let round = 0; round < 12; round++) {
      const at = await registered();
      // Un-register at the owner while the other node refreshes, and the other way round.
      const unregisterAtOwner = round % 2 === 0;
      const [refresh, unregister] = await Promise.all([
        register(unregisterAtOwner ? other.registrar : owner.registrar, at, 10, 600),
        register(unregisterAtOwner ? owner.registrar : other.registrar, at, 11, 0),
      ]);
      await deliver();
      expect(unregister).toBe(200);
      expect([200, 400]).toContain(refresh);
      expect(devices(at)).toEqual([]);
      expect(await rows(at)).toEqual([{ removed: true, cseq: 11 }]);
    }
    // And the mirror case: a refresh (11) after an un-register (10) keeps the phone.
    for (let round = 0; round < 6; round++) {
      const at = await registered();
      const [unregister, refresh] = await Promise.all([
        register(other.registrar, at, 10, 0),
        register(owner.registrar, at, 11, 600),
      ]);
      await deliver();
      expect(refresh).toBe(200);
      expect([200, 400]).toContain(unregister);
      expect(devices(at)).toHaveLength(1);
      expect(await rows(at)).toEqual([{ removed: false, cseq: 11 }]);
    }
  });
});
