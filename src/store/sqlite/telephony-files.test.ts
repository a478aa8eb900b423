import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileMediaStore } from '../../telephony/media/file-store.ts';
import { FileRegistrationStore } from '../../telephony/sip/registration-file.ts';
import { FileTrunkSecrets } from '../../telephony/sip/trunk-secrets.ts';
import { telephonyStateContract } from '../contract/telephony-contract.ts';

// One node on SQLite keeps these as owner-only files beside the database (issue 18).
telephonyStateContract('Files beside SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-files-'));
  return {
    audio: new FileMediaStore(join(dir, 'media')),
    trunkSecrets: new FileTrunkSecrets(join(dir, 'secrets', 'sip-trunks')),
    registrations: new FileRegistrationStore(join(dir, 'sip-registrations.json')),
  };
});
