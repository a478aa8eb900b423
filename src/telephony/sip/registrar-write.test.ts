import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Registrar } from './registrar.ts';
import { FileRegistrationStore, type RegistrationStore } from './registration-file.ts';
import { registerAnn, trustingRegistrar } from './trusting-registrar.ts';

const now = 1_000_000;

/** A registrar whose store (a real file store) fails the next `failures` changes. */
function registrarFailing(owns: boolean) {
  const file = new FileRegistrationStore(join(mkdtempSync(join(tmpdir(), 'sb-reg-')), 'r.json'), () => now);
  const failing = { next: 0 };
  const store: RegistrationStore = {
    load: () => file.load(),
    loadUser: (workspaceId, userId) => file.loadUser(workspaceId, userId),
    change: (change) => {
      if (failing.next === 0) return file.change(change);
      failing.next -= 1;
      return Promise.reject(new Error('connection terminated'));
    },
  };
  return { ...trustingRegistrar(store, { owns, now: () => now }), store: file, failing };
}

/** A REGISTER of ann's phone numbered `cseq`; the answer's status, reason and headers. */
const register = (registrar: Registrar, cseq: number, expires: number) =>
  registerAnn(registrar, { port: 5060, cseq, expires });

describe('issue 18 session 8 item 3: a REGISTER whose binding cannot be saved (RFC 3261 §10.3 step 7)', () => {
  it('is answered 500 with Retry-After and kept nowhere; the phone trying again registers', async () => {
    const node = registrarFailing(true);
    node.failing.next = 1;
    expect(await register(node.registrar, 1, 600)).toEqual({
      status: 500,
      reason: 'Registration Not Saved',
      headers: [['Retry-After', '5']],
    });
    expect(node.registrar.devices('w', 'u_ann')).toEqual([]);
    expect(await node.store.load()).toEqual([]);
    expect(node.submitted).toEqual([]);

    const again = await register(node.registrar, 2, 600);
    expect(again.status).toBe(200);
    expect(again.headers).toEqual([['Contact', '<sip:ann@192.0.2.1:5060>;expires=600']]);
    expect(node.registrar.devices('w', 'u_ann')).toHaveLength(1);
    expect((await node.store.load()).map((row) => row.cseq)).toEqual([2]);
    expect(node.submitted).toEqual([{ type: 'sip.device_registered', userId: 'u_ann' }]);
  });

  it('a refresh or an un-register not saved leaves the phone as saved before, at the owner and elsewhere', async () => {
    const owner = registrarFailing(true);
    expect((await register(owner.registrar, 1, 600)).status).toBe(200);
    owner.failing.next = 2;
    expect((await register(owner.registrar, 2, 3600)).status).toBe(500);
    expect((await register(owner.registrar, 3, 0)).status).toBe(500);
    expect(owner.registrar.devices('w', 'u_ann').map((binding) => binding.expiresAt)).toEqual([
      now + 600_000,
    ]);
    expect(owner.submitted).toEqual([{ type: 'sip.device_registered', userId: 'u_ann' }]);

    // A node that does not own the workspace relays nothing it could not save.
    const other = registrarFailing(false);
    other.failing.next = 1;
    expect((await register(other.registrar, 1, 600)).status).toBe(500);
    expect(other.relayed).toEqual([]);
    expect(other.registrar.devices('w', 'u_ann')).toEqual([]);
  });
});
