import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesize } from '../../../src/telephony/media/tone.ts';
import { encodeWav } from '../../../src/telephony/media/wav.ts';

const has = (command: string) => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * SIPp and baresip are real peers (Debian's sip-tester and baresip-core). Under CI a missing
 * one fails the run; elsewhere the SIP tests are skipped saying how to install them.
 */
export function sipPeers(): { available: boolean; reason?: string } {
  const missing = [has('sipp') ? '' : 'sip-tester', has('baresip') ? '' : 'baresip-core'].filter(Boolean);
  if (missing.length === 0) return { available: true };
  const reason = `SIP end-to-end tests need ${missing.join(' and ')}: apt-get install -y sip-tester && apt-get install -y --no-install-recommends baresip-core`;
  if (process.env.CI === 'true') throw new Error(reason);
  console.warn(`skipped: ${reason}`);
  return { available: false, reason };
}

/** A port free for both UDP and TCP on 127.0.0.1 (a peer binds both). */
export async function freePort(): Promise<number> {
  for (;;) {
    const server = net.createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
    );
    await new Promise((resolve) => server.close(resolve));
    const udp = dgram.createSocket('udp4');
    const ok = await new Promise<boolean>((resolve) => {
      udp.once('error', () => resolve(false));
      udp.bind(port, '127.0.0.1', () => resolve(true));
    });
    await new Promise<void>((resolve) => (ok ? udp.close(() => resolve()) : resolve()));
    if (ok) return port;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  ms = 10_000,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

export interface Baresip {
  dir: string;
  port: number;
  process: ChildProcess;
  output: () => string;
  /** A command to the phone's own buttons over ctrl_tcp (menu commands: hold, resume, transfer …). */
  command(name: string, params?: string): Promise<string>;
  stop(): Promise<void>;
}

/** A tone WAV for a phone's microphone, longer than any test call (baresip hangs up at its end). */
function toneFile(dir: string, hz: number): string {
  const path = join(dir, `tone-${hz}.wav`);
  writeFileSync(path, encodeWav(synthesize({ frequencies: [hz], stepMs: 1000 }, 120_000)));
  return path;
}

/**
 * baresip as an agent's phone: registers `username` with Switchboard's registrar and
 * answers automatically; records what it hears under `dir/recordings`.
 *
 * Resolves once the phone says it is ready. Its ports come from freePort, which only knows
 * they were free a moment ago: under load another process (a parallel test file's RTP
 * plane, a listener on port 0) can take one before baresip binds it, and baresip then exits
 * at once ("init failed (Address already in use)"). Such a start is retried on new ports
 * instead of leaving a test waiting for a phone that is not there.
 */
export async function startBaresip(options: {
  username: string;
  password: string;
  registrar: number;
  transport?: 'udp' | 'tcp';
  answer?: 'auto' | 'manual';
  /** false: a caller's phone that dials out and never registers (regint=0). */
  register?: boolean;
  /** The tone its microphone sends (440 Hz unless told), so a listener can tell phones apart. */
  toneHz?: number;
}): Promise<Baresip> {
  let output = '';
  for (let attempt = 1; attempt <= 5; attempt++) {
    const phone = await launchBaresip(options);
    const started = await phone.started;
    if (started === 'ready') return phone;
    output = phone.output();
    await phone.stop();
    if (started !== 'port taken') break;
  }
  throw new Error(`baresip did not start:\n${output}`);
}

type BaresipStart = 'ready' | 'port taken' | 'failed';

async function launchBaresip(
  options: Parameters<typeof startBaresip>[0],
): Promise<Baresip & { started: Promise<BaresipStart> }> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-baresip-'));
  const port = await freePort();
  const control = await freePort();
  const modules = '/usr/lib/baresip/modules';
  mkdirSync(join(dir, 'recordings'));
  writeFileSync(
    join(dir, 'config'),
    [
      `sip_listen 127.0.0.1:${port}`,
      'net_interface 127.0.0.1',
      `audio_source aufile,${toneFile(dir, options.toneHz ?? 440)}`,
      'audio_player aufile,/dev/null',
      `module_path ${modules}`,
      'module g711.so',
      'module aufile.so',
      'module sndfile.so',
      'module account.so',
      'module menu.so',
      `snd_path ${join(dir, 'recordings')}`,
      'module_app ctrl_tcp.so',
      `ctrl_tcp_listen 127.0.0.1:${control}`,
      '',
    ].join('\n'),
  );
  const transport = options.transport ?? 'udp';
  writeFileSync(
    join(dir, 'accounts'),
    `<sip:${options.username}@127.0.0.1:${options.registrar};transport=${transport}>;auth_pass=${options.password};answermode=${options.answer ?? 'auto'};regint=${options.register === false ? 0 : 60};audio_codecs=PCMU,PCMA\n`,
  );
  const child = spawn('baresip', ['-f', dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = (async (): Promise<BaresipStart> => {
    // Slow under load, but bounded: a phone that neither starts nor fails in 20 s is a failure.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if (/already in use/i.test(output)) return 'port taken';
      if (child.exitCode !== null) return 'failed';
      if (output.includes('baresip is ready')) return 'ready';
      await Promise.race([exited, sleep(50)]);
    }
    return 'failed';
  })();
  return {
    dir,
    port,
    process: child,
    output: () => output,
    started,
    command: (name, params) => controlCommand(control, name, params),
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(2000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

export interface SippRun {
  code: number | null;
  output: string;
}

/**
 * Runs SIPp to completion (bounded by -timeout) from `cwd` (by default sippDir(), where the
 * scenarios find their recordings). When the port is its own pick and another process took it
 * first (as for baresip above), SIPp exits at once saying so and the run is retried on a new port.
 */
export async function runSipp(args: string[], cwd = sippDir(), localPort?: number): Promise<SippRun> {
  for (let attempt = 1; ; attempt++) {
    const run = await runSippOnce(args, cwd, localPort ?? (await freePort()));
    const portTaken = run.code !== 0 && /Unable to bind main socket/i.test(run.output);
    if (!portTaken || localPort !== undefined || attempt === 5) return run;
  }
}

async function runSippOnce(args: string[], cwd: string, port: number): Promise<SippRun> {
  const child = spawn(
    'sipp',
    [...args, '-i', '127.0.0.1', '-p', String(port), '-timeout', '30s', '-timeout_error', '-nostdin'],
    {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

/**
 * SIPp waiting for a call on `port` (a carrier, a customer's phone): resolves once it listens
 * there, so the call the test places next reaches it (an INVITE sent before would be resent
 * only after half a second). `exited` is its run, to the end of its scenario.
 */
export async function sippListening(
  args: string[],
  cwd: string | undefined,
  port: number,
): Promise<{ exited: Promise<SippRun> }> {
  let over = false;
  const exited = runSipp(args, cwd, port).finally(() => {
    over = true;
  });
  // A SIPp that could not start is over at once: its run says why.
  await until(`SIPp to listen on port ${port}`, () => over || udpBound(port), 10_000, 20);
  return { exited };
}

/**
 * A SIPp carrier for one call (`scenarioFile`), listening on `port`, every message it sends and
 * receives logged to `log` (the tests read what it was sent); run in `cwd`, or where SIPp runs
 * unless told.
 */
export function carrierForOneCall(scenarioFile: string, log: string, port: number, cwd?: string) {
  return sippListening(['-sf', scenarioFile, '-m', '1', '-trace_msg', '-message_file', log], cwd, port);
}

/** Whether a socket is bound to 127.0.0.1:`port` over UDP, read from the kernel's table. */
function udpBound(port: number): boolean {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  return new RegExp(`^\\s*\\d+: 0100007F:${hex} `, 'm').test(readFileSync('/proc/net/udp', 'utf8'));
}

let sippCwd: string | undefined;
/** Where SIPp runs unless told: `pcap` links to sip-tester's recordings, `speech.pcap` beside it. */
function sippDir(): string {
  if (sippCwd) return sippCwd;
  sippCwd = mkdtempSync(join(tmpdir(), 'sb-sipp-'));
  try {
    execFileSync('ln', ['-s', '/usr/share/sip-tester', join(sippCwd, 'pcap')]);
    writeFileSync(
      join(sippCwd, 'speech.pcap'),
      fromFirstWord(readFileSync('/usr/share/sip-tester/g711a.pcap')),
    );
  } catch {
    // Without sip-tester's recordings only scenarios that play no audio run.
  }
  return sippCwd;
}

/** Where sip-tester's g711a.pcap (speech, A-law RTP) starts speaking, in ms. */
const firstWordMs = 1500;

/**
 * sip-tester's g711a.pcap from its first word: its first 1.5 s are silence (0.6 s), then breath
 * and murmur (RMS 180-940 per 100 ms, where its words are 1000-4600). A caller or a carrier's
 * announcement that plays it speaks from its first packet, so a test hears as much speech in a
 * 1.5 s shorter call. SIPp plays a capture's packets at their captured times from the first one.
 */
function fromFirstWord(pcap: Buffer): Buffer {
  const globalHeader = 24;
  const records: Buffer[] = [];
  let firstMs: number | undefined;
  for (let at = globalHeader; at + 16 <= pcap.length; ) {
    // Each record: seconds, microseconds, captured length, original length (little-endian), data.
    const ms = pcap.readUInt32LE(at) * 1000 + pcap.readUInt32LE(at + 4) / 1000;
    const end = at + 16 + pcap.readUInt32LE(at + 8);
    firstMs ??= ms;
    if (ms - firstMs >= firstWordMs) records.push(pcap.subarray(at, end));
    at = end;
  }
  return Buffer.concat([pcap.subarray(0, globalHeader), ...records]);
}

/** A raw SIP peer over UDP: sends text as written, collects what comes back. */
export async function rawPeer(): Promise<{
  port: number;
  send(text: string, to: number): void;
  received: string[];
  close(): void;
}> {
  const socket = dgram.createSocket('udp4');
  const received: string[] = [];
  socket.on('message', (data) => received.push(data.toString()));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: socket.address().port,
    send: (text, to) => socket.send(Buffer.from(text.replace(/\r?\n/g, '\r\n')), to, '127.0.0.1'),
    received,
    close: () => socket.close(),
  };
}

/**
 * A carrier's INVITE to `to` at Switchboard's SIP port, sent from a raw peer's port, offering
 * G.711 µ-law on `rtpPort` (the call is only routed: nothing listens there).
 */
export function carrierInvite(options: {
  to: string;
  sipPort: number;
  peerPort: number;
  callId: string;
  from?: string;
  rtpPort?: number;
}): string {
  const { to, sipPort, peerPort, callId, from = '+34600111222', rtpPort = 40000 } = options;
  const sdp = `v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio ${rtpPort} RTP/AVP 0\r\n`;
  return [
    `INVITE sip:${to}@127.0.0.1:${sipPort} SIP/2.0`,
    `Via: SIP/2.0/UDP 127.0.0.1:${peerPort};branch=z9hG4bK-${callId}`,
    'Max-Forwards: 70',
    `From: <sip:${from}@127.0.0.1:${peerPort}>;tag=${callId}`,
    `To: <sip:${to}@127.0.0.1>`,
    `Call-ID: ${callId}`,
    'CSeq: 1 INVITE',
    `Contact: <sip:${from}@127.0.0.1:${peerPort}>`,
    'Content-Type: application/sdp',
    `Content-Length: ${sdp.length}`,
    '',
    sdp,
  ].join('\r\n');
}

/** One ctrl_tcp command as a JSON netstring; resolves with the phone's answer. */
function controlCommand(port: number, name: string, params?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ host: '127.0.0.1', port });
    const json = JSON.stringify({ command: name, ...(params ? { params } : {}), token: name });
    let answer = '';
    socket.on('connect', () => socket.write(`${Buffer.byteLength(json)}:${json},`));
    socket.on('data', (chunk) => {
      answer += chunk;
      if (answer.includes('"response"')) {
        socket.end();
        resolve(answer);
      }
    });
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve(answer);
    }, 3000);
  });
}
