import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileMediaStore } from '../../telephony/media/file-store.ts';
import { FileRegistrationStore } from '../../telephony/sip/registration-file.ts';
import { FileTrunkSecrets } from '../../telephony/sip/trunk-secrets.ts';
import { telephonyStateContract } from '../contract/telephony-contract.ts';

// One node on SQLite keeps these as owner-only files beside the database (issue 18).
let registrationsFile = '';
telephonyStateContract(
  'Files beside SQLite',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-files-'));
    registrationsFile = join(dir, 'sip-registrations.json');
    return {
      audio: new FileMediaStore(join(dir, 'media')),
      trunkSecrets: new FileTrunkSecrets(join(dir, 'secrets', 'sip-trunks')),
      registrations: new FileRegistrationStore(registrationsFile),
    };
  },
  async () => new FileRegistrationStore(registrationsFile),
);

describe('the registrations file (issue 18 session 8 item 3)', () => {
  it('a change whose file cannot be written is refused and kept nowhere, and the next one written goes in whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-files-'));
    // The file is written beside itself first (.part): a directory there makes every write fail.
    mkdirSync(join(dir, 'broken.json.part'));
    const phone = {
      contact: 'sip:u1@192.0.2.10',
      peer: { transport: 'udp' as const, address: '192.0.2.10', port: 5060 },
      expiresAt: Date.now() + 60_000,
    };
    const user = { workspaceId: 'w1', userId: 'u1' };
    const broken = new FileRegistrationStore(join(dir, 'broken.json'));
    await expect(broken.change({ ...user, saved: [phone], removed: [] })).rejects.toThrow();
    expect(await broken.load()).toEqual([]);

    const path = join(dir, 'sip-registrations.json');
    const store = new FileRegistrationStore(path);
    const both = await Promise.all([
      store.change({ ...user, saved: [phone], removed: [] }),
      store.change({ ...user, saved: [{ ...phone, contact: 'sip:u1@other' }], removed: [] }),
    ]);
    expect(both).toEqual([{ stale: [] }, { stale: [] }]);
    expect(await new FileRegistrationStore(path).loadUser('w1', 'u1')).toEqual([
      { ...user, ...phone },
      { ...user, ...phone, contact: 'sip:u1@other' },
    ]);
  });
});
