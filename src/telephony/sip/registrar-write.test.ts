import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../engine/commands.ts';
import type { DigestAuth } from './digest.ts';
import { SipGuard } from './guard.ts';
import type { PhoneChange } from './phone-change.ts';
import { Registrar } from './registrar.ts';
import { FileRegistrationStore, type RegistrationStore } from './registration-file.ts';
import type { ServerTransaction } from './transactions.ts';

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
  const submitted: Command[] = [];
  const relayed: PhoneChange[] = [];
  const state = { sip: { accounts: { u_ann: { username: 'ann', ha1: {}, registered: false } } } };
  const auth = { challenges: () => [], verify: () => 'ok' } as unknown as DigestAuth;
  const registrar = new Registrar(
    {
      workspaceIds: () => ['w'],
      state: () => state as never,
      submit: async (_workspaceId, command) => void submitted.push(command),
      now: () => now,
      owns: () => owns,
      relay: (change) => void relayed.push(change),
    },
    auth,
    new SipGuard(),
    store,
  );
  return { registrar, store: file, failing, submitted, relayed };
}

/** A REGISTER of ann's phone numbered `cseq`; the answer's status, reason and headers. */
async function register(registrar: Registrar, cseq: number, expires: number) {
  const headers = new Map([
    ['Authorization', 'Digest username="ann", realm="switchboard", nonce="n", uri="sip:x", response="r"'],
    ['To', '<sip:ann@switchboard>'],
    ['Contact', `<sip:ann@192.0.2.1:5060>;expires=${expires}`],
    ['Call-ID', 'boot-1@192.0.2.1'],
    ['CSeq', `${cseq} REGISTER`],
  ]);
  let answer: { status: number; reason?: string; headers: Array<[string, string]> } | undefined;
  const transaction = {
    request: {
      headers: { get: (name: string) => headers.get(name), values: (name: string) => [headers.get(name)!] },
    },
    from: { transport: 'udp', address: '192.0.2.1', port: 5060 },
    reply: (status: number, options?: { reason?: string; headers?: Array<[string, string]> }) => {
      answer = {
        status,
        ...(options?.reason ? { reason: options.reason } : {}),
        headers: options?.headers ?? [],
      };
    },
  } as unknown as ServerTransaction;
  await registrar.register(transaction);
  return answer!;
}

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
