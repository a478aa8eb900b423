import { beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationRecord, RegistrationRecords, SharedTelephonyState } from '../port.ts';

const phone = (userId: string, contact: string, expiresAt: number): RegistrationRecord => ({
  workspaceId: 'w1',
  userId,
  contact,
  peer: { transport: 'udp', address: '192.0.2.10', port: 5062 },
  expiresAt,
  userAgent: 'Desk phone 1.0',
});

/**
 * Telephony state kept beside the log (issue 18): audio, trunk credentials, registered
 * phones. One node keeps them in files; several on PostgreSQL share them in the database.
 * `reopen` opens the registrations the state keeps again, as a restarted process would.
 */
export function telephonyStateContract(
  name: string,
  open: () => Promise<SharedTelephonyState>,
  reopen: (state: SharedTelephonyState) => Promise<RegistrationRecords>,
): void {
  describe(`${name}: audio, trunk credentials and registrations (issue 18)`, () => {
    let state: SharedTelephonyState;
    beforeAll(async () => {
      state = await open();
    });

    it('keeps audio by workspace and id, replaced whole and removed', async () => {
      const { audio } = state;
      expect(await audio.open('w1', 'prompt_n1_welcome')).toBeUndefined();
      await audio.put('w1', 'prompt_n1_welcome', new Uint8Array([1, 2, 3]));
      await audio.put('w2', 'prompt_n1_welcome', new Uint8Array([9]));
      expect([...((await audio.open('w1', 'prompt_n1_welcome')) ?? [])]).toEqual([1, 2, 3]);
      // A view into a larger buffer stores only its own bytes.
      await audio.put('w1', 'prompt_n1_welcome', new Uint8Array([0, 4, 5, 0]).subarray(1, 3));
      expect([...((await audio.open('w1', 'prompt_n1_welcome')) ?? [])]).toEqual([4, 5]);
      await audio.remove('w1', 'prompt_n1_welcome');
      await audio.remove('w1', 'never-there');
      expect(await audio.open('w1', 'prompt_n1_welcome')).toBeUndefined();
      expect([...((await audio.open('w2', 'prompt_n1_welcome')) ?? [])]).toEqual([9]);
    });

    it('keeps one trunk’s credentials per workspace, the password as given', async () => {
      const { trunkSecrets } = state;
      expect(await trunkSecrets.get('w1')).toBeUndefined();
      await trunkSecrets.set('w1', { username: 'acme', password: 'p@ss: wörd "1"' });
      await trunkSecrets.set('w2', { username: 'other', password: 'x' });
      expect(await trunkSecrets.get('w1')).toEqual({ username: 'acme', password: 'p@ss: wörd "1"' });
      await trunkSecrets.set('w1', { username: 'acme2', password: 'new' });
      expect(await trunkSecrets.get('w1')).toEqual({ username: 'acme2', password: 'new' });
      await trunkSecrets.remove('w1');
      expect(await trunkSecrets.get('w1')).toBeUndefined();
      expect(await trunkSecrets.get('w2')).toEqual({ username: 'other', password: 'x' });
    });

    it('issue 18 session 8 item 4: keeps phones one binding at a time: saved, refreshed, listed by user, removed', async () => {
      const { registrations } = state;
      const later = Date.now() + 3_600_000;
      const { workspaceId: _, userId: __, ...desk } = phone('u1', 'sip:u1@192.0.2.10:5062', later);
      const mobile = { ...desk, contact: 'sip:u1@mobile', userAgent: 'Mobile 2' };
      const { workspaceId: ___, userId: ____, ...bobs } = phone('u2', 'sip:u2@x', later);
      const u1 = { workspaceId: 'w1', userId: 'u1' };
      expect(await registrations.change({ ...u1, saved: [desk, mobile], removed: [] })).toEqual({
        stale: [],
      });
      await registrations.change({ workspaceId: 'w1', userId: 'u2', saved: [bobs], removed: [] });
      // Refreshed in place; another user's and another workspace's phones untouched.
      await registrations.change({ ...u1, saved: [{ ...desk, expiresAt: later + 1 }], removed: [] });
      expect(await registrations.loadUser('w1', 'u1')).toEqual([
        { ...u1, ...desk, expiresAt: later + 1 },
        { ...u1, ...mobile },
      ]);
      expect(await registrations.loadUser('w2', 'u1')).toEqual([]);
      await registrations.change({ ...u1, saved: [], removed: [mobile.contact] });
      expect(await registrations.load()).toEqual([
        { ...u1, ...desk, expiresAt: later + 1 },
        phone('u2', 'sip:u2@x', later),
      ]);
      // An expired phone is not listed; '*' removes all of a user's.
      await registrations.change({ ...u1, saved: [{ ...mobile, expiresAt: Date.now() - 1 }], removed: [] });
      expect(await registrations.loadUser('w1', 'u1')).toHaveLength(1);
      await registrations.change({ ...u1, saved: [], removed: ['*'] });
      await registrations.change({ workspaceId: 'w1', userId: 'u2', saved: [], removed: ['*'] });
      expect(await registrations.load()).toEqual([]);
    });

    it('issue 18 session 8 item 2: a later CSeq of the same Call-ID wins whatever the order they arrive in (RFC 3261 §10.3 step 7)', async () => {
      const { registrations } = state;
      const later = Date.now() + 3_600_000;
      const { workspaceId: _, userId: __, ...binding } = phone('u3', 'sip:u3@192.0.2.10', later);
      const user = { workspaceId: 'w1', userId: 'u3' };
      const refresh = (cseq: number, callId = 'call-1@phone') => ({ ...binding, callId, cseq });
      const unregister = (cseq: number, callId = 'call-1@phone') => ({
        ...user,
        saved: [],
        removed: [binding.contact],
        removedBy: { callId, cseq },
      });

      // Refresh (CSeq 10) then un-register (11): gone.
      await registrations.change({ ...user, saved: [refresh(10)], removed: [] });
      expect(await registrations.change(unregister(11))).toEqual({ stale: [] });
      expect(await registrations.loadUser('w1', 'u3')).toEqual([]);
      // The refresh arriving after the un-register that followed it: refused, still gone.
      expect(await registrations.change({ ...user, saved: [refresh(10)], removed: [] })).toEqual({
        stale: [binding.contact],
      });
      expect(await registrations.loadUser('w1', 'u3')).toEqual([]);
      // A later REGISTER of the same Call-ID, or one from the phone restarted (another Call-ID), saves it.
      await registrations.change({ ...user, saved: [refresh(12)], removed: [] });
      expect(await registrations.loadUser('w1', 'u3')).toEqual([{ ...user, ...refresh(12) }]);
      // An un-register older than the saved refresh: refused, the phone stays.
      expect(await registrations.change(unregister(11))).toEqual({ stale: [binding.contact] });
      expect(await registrations.change({ ...unregister(11), removed: ['*'] })).toEqual({
        stale: [binding.contact],
      });
      expect(await registrations.loadUser('w1', 'u3')).toEqual([{ ...user, ...refresh(12) }]);
      await registrations.change({ ...user, saved: [refresh(1, 'call-2@phone')], removed: [] });
      expect(await registrations.loadUser('w1', 'u3')).toEqual([{ ...user, ...refresh(1, 'call-2@phone') }]);

      // One REGISTER is all or nothing: a stale binding in it leaves its other binding unsaved.
      const other = { ...refresh(1, 'call-2@phone'), contact: 'sip:u3@other' };
      expect(
        await registrations.change({
          ...user,
          saved: [{ ...refresh(0, 'call-2@phone') }, other],
          removed: [],
          whole: true,
        }),
      ).toEqual({ stale: [binding.contact] });
      expect((await registrations.loadUser('w1', 'u3')).map((row) => row.contact)).toEqual([binding.contact]);
      await registrations.change({ ...user, saved: [], removed: ['*'] });
    });

    it('session 9 fix 1: a binding relayed without Call-ID and CSeq (a node on older code, rolling upgrade) never undoes a later REGISTER’s, unless it outlasts it', async () => {
      const { registrations } = state;
      const later = Date.now() + 3_600_000;
      const { workspaceId: _, userId: __, ...binding } = phone('u4', 'sip:u4@192.0.2.10', later - 60_000);
      const user = { workspaceId: 'w1', userId: 'u4' };
      const versioned = { ...binding, callId: 'call-1@phone', cseq: 7 };
      const { callId: ___, cseq: ____, ...unversioned } = versioned;
      const relayed = (expiresAt: number) => ({
        ...user,
        saved: [{ ...unversioned, expiresAt }],
        removed: [],
      });

      await registrations.change({ ...user, saved: [versioned], removed: [] });
      // From a REGISTER the old node took earlier (it expires sooner, or at the same time): refused.
      expect(await registrations.change(relayed(versioned.expiresAt - 30_000))).toEqual({
        stale: [binding.contact],
      });
      expect(await registrations.change(relayed(versioned.expiresAt))).toEqual({ stale: [binding.contact] });
      expect(await registrations.loadUser('w1', 'u4')).toEqual([{ ...user, ...versioned }]);
      // Lasting longer than the saved one, it is the phone's later registration: saved.
      expect(await registrations.change(relayed(versioned.expiresAt + 30_000))).toEqual({ stale: [] });
      expect(await registrations.loadUser('w1', 'u4')).toEqual([
        { ...user, ...unversioned, expiresAt: versioned.expiresAt + 30_000 },
      ]);
      // A REGISTER with a Call-ID replaces a binding saved without one, whatever its expiry.
      await registrations.change({
        ...user,
        saved: [{ ...versioned, cseq: 8, expiresAt: later - 120_000 }],
        removed: [],
      });
      expect(await registrations.loadUser('w1', 'u4')).toEqual([
        { ...user, ...versioned, cseq: 8, expiresAt: later - 120_000 },
      ]);
      // Un-registered: a relayed binding that could have been registered before is refused
      // (any registration lasts at most an hour, the mark as long).
      await registrations.change({
        ...user,
        saved: [],
        removed: [binding.contact],
        removedBy: { callId: 'call-1@phone', cseq: 9 },
      });
      expect(await registrations.change(relayed(Date.now() + 3_000_000))).toEqual({
        stale: [binding.contact],
      });
      expect(await registrations.loadUser('w1', 'u4')).toEqual([]);
      await registrations.change({ ...user, saved: [], removed: ['*'] });
    });

    it('session 9 fix 2: an un-registered phone’s mark outlives a restart: a REGISTER before the un-REGISTER, arriving after the restart, is refused', async () => {
      const { registrations } = state;
      const {
        workspaceId: _,
        userId: __,
        ...binding
      } = phone('u5', 'sip:u5@192.0.2.10', Date.now() + 600_000);
      const user = { workspaceId: 'w1', userId: 'u5' };
      const refresh = (cseq: number) => ({ ...binding, callId: 'call-5@phone', cseq });
      await registrations.change({ ...user, saved: [refresh(2)], removed: [] });
      await registrations.change({
        ...user,
        saved: [],
        removed: [binding.contact],
        removedBy: { callId: 'call-5@phone', cseq: 4 },
      });
      const restarted = await reopen(state);
      expect(await restarted.loadUser('w1', 'u5')).toEqual([]);
      expect(await restarted.change({ ...user, saved: [refresh(2)], removed: [] })).toEqual({
        stale: [binding.contact],
      });
      expect(await restarted.loadUser('w1', 'u5')).toEqual([]);
      // The phone's next REGISTER is saved.
      expect(await restarted.change({ ...user, saved: [refresh(5)], removed: [] })).toEqual({ stale: [] });
      expect(await restarted.loadUser('w1', 'u5')).toEqual([{ ...user, ...refresh(5) }]);
    });
  });
}
