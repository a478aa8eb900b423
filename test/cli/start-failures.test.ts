import { spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdirSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/switchboard.js');

/**
 * How long a failed start may take to exit before it counts as hung: far above a start on a
 * loaded machine (a hang is forever), only so that the test ends.
 */
const hungAfterMs = 150_000;

interface Ended {
  /** The exit code; 'hung' when it had not exited after hungAfterMs (then it was killed). */
  code: number | null | 'hung';
  stderr: string;
}

/** `switchboard serve` with SIP telephony on a data directory of its own, run until it exits. */
function serve(dir: string, args: string[]): Promise<Ended> {
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--db', join(dir, 'switchboard.db'), '--log-level', 'warn', '--telephony', 'sip', ...args],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => {
    const hung = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: 'hung', stderr });
    }, hungAfterMs);
    child.on('exit', (code) => {
      clearTimeout(hung);
      resolve({ code, stderr });
    });
  });
}

/** A port on 127.0.0.1 held for both TCP and UDP (as SIP listens). */
async function heldPort(): Promise<{ port: number; release(): void }> {
  const tcp = net.createServer();
  const port = await new Promise<number>((resolve) =>
    tcp.listen(0, '127.0.0.1', () => resolve((tcp.address() as net.AddressInfo).port)),
  );
  const udp = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => udp.bind(port, '127.0.0.1', resolve));
  return {
    port,
    release: () => {
      tcp.close();
      udp.close();
    },
  };
}

/**
 * Session 9 fix 3: `serve` failing to start after its store is open exits 1 naming what
 * failed, and leaves nothing open behind it that would keep the process alive. The three
 * servers run at once (one set-up for the file).
 */
describe('serve: a failed start exits 1 and names what failed', () => {
  let http: Awaited<ReturnType<typeof heldPort>>;
  let sip: Awaited<ReturnType<typeof heldPort>>;
  let registrationsUnreadable: Ended;
  let httpTaken: Ended;
  let sipTaken: Ended;
  const root = mkdtempSync(join(tmpdir(), 'sb-start-'));
  const dir = (name: string) => {
    const path = join(root, name);
    mkdirSync(path);
    return path;
  };

  beforeAll(async () => {
    [http, sip] = await Promise.all([heldPort(), heldPort()]);
    const unreadable = dir('unreadable');
    // The saved registrations are read once SIP listens: a folder in the file's place cannot be.
    mkdirSync(join(unreadable, 'sip-registrations.json'));
    [registrationsUnreadable, httpTaken, sipTaken] = await Promise.all([
      serve(unreadable, ['--port', '0', '--sip-listen', '127.0.0.1:0', '--rtp-ports', '31000-31009']),
      serve(dir('http'), [
        '--port',
        String(http.port),
        '--sip-listen',
        '127.0.0.1:0',
        '--rtp-ports',
        '31010-31019',
      ]),
      serve(dir('sip'), [
        '--port',
        '0',
        '--sip-listen',
        `127.0.0.1:${sip.port}`,
        '--rtp-ports',
        '31020-31029',
      ]),
    ]);
  }, hungAfterMs + 30_000);

  afterAll(() => {
    http?.release();
    sip?.release();
  });

  it('the saved SIP registrations unreadable: names the file, not the store, and exits', () => {
    expect(registrationsUnreadable.code).toBe(1);
    expect(registrationsUnreadable.stderr).toContain(
      `switchboard serve: cannot start: SIP telephony: the saved registrations at ${join(root, 'unreadable', 'sip-registrations.json')} cannot be read (EISDIR)`,
    );
  });

  it('the HTTP port taken: names the address, and exits', () => {
    expect(httpTaken.code).toBe(1);
    expect(httpTaken.stderr).toContain(
      `switchboard serve: cannot listen on 127.0.0.1:${http.port} (EADDRINUSE)`,
    );
  });

  it('the SIP port taken: names SIP’s address, and exits', () => {
    expect(sipTaken.code).toBe(1);
    expect(sipTaken.stderr).toContain(
      `switchboard serve: cannot start: SIP telephony cannot listen on 127.0.0.1:${sip.port} (EADDRINUSE)`,
    );
  });
});
