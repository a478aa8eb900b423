import { beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationRecord, SharedTelephonyState } from '../port.ts';

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
 */
export function telephonyStateContract(name: string, open: () => Promise<SharedTelephonyState>): void {
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

    it('keeps the registered phones saved last', async () => {
      const { registrations } = state;
      const later = Date.now() + 3_600_000;
      await registrations.save([
        phone('u1', 'sip:u1@192.0.2.10:5062', later),
        phone('u2', 'sip:u2@x', later),
      ]);
      await registrations.save([phone('u1', 'sip:u1@192.0.2.10:5062', later + 1)]);
      expect(await registrations.load()).toEqual([phone('u1', 'sip:u1@192.0.2.10:5062', later + 1)]);
      await registrations.save([]);
      expect(await registrations.load()).toEqual([]);
    });
  });
}
