import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { synthesize } from '../../src/telephony/media/tone.ts';
import { encodeWav } from '../../src/telephony/media/wav.ts';
import { powerShare, rms } from '../../src/telephony/rtp/test-support/goertzel.ts';
import {
  carrierForOneCall,
  carrierInvite,
  freePort,
  rawPeer,
  runSipp,
  sipPeers,
  startBaresip,
  until,
} from '../sip/support/peers.ts';
import { heardOnCall } from '../sip/support/recordings.ts';
import { registerByHand } from '../sip/support/register.ts';
import { call, machineBound, type Node, nodeIdOf, startNode, waitFor } from '../support/cluster.ts';
import { postgresForThisFile } from '../support/postgres.ts';

const peers = sipPeers();
const postgres = postgresForThisFile();
// Set for a quiet machine, scaled to this one: real nodes start slowly on a loaded one.
vi.setConfig({ testTimeout: machineBound(120_000), hookTimeout: machineBound(120_000) });
const scenario = (name: string) => fileURLToPath(new URL(`../sip/scenarios/${name}.xml`, import.meta.url));
const ws = 'acme';
const forwarded = '+34910000002';
const closed = '+34910000005';
const main = '+34910000001';
const password = 'carrier-pass';
/** The uploaded prompt's signature: a tone no default prompt, beep or ringback holds. */
const signatureHz = 1800;

type SipNode = Node & { sipPort: number };

/** A node with SIP telephony on its own free SIP port and RTP range, sealing trunk passwords. */
async function sipNode(url: string, rtpFrom: number): Promise<SipNode> {
  const node = await startNode(url, 'warn', {
    args: ['--telephony', 'sip', '--sip-listen', '127.0.0.1:0', '--rtp-ports', `${rtpFrom}-${rtpFrom + 99}`],
    env: { SWITCHBOARD_SECRETS_KEY: 'the passphrase every node is given' },
  });
  const sipPort = Number(/SIP: udp and tcp on 127\.0\.0\.1:(\d+)/.exec(node.output())?.[1]);
  expect(sipPort, node.output()).toBeGreaterThan(0);
  return Object.assign(node, { sipPort });
}

/** A caller's phone (baresip) dials `e164` through the node; what it heard once the node ended the call. */
async function heardThrough(node: SipNode, e164: string): Promise<Int16Array> {
  const phone = await startBaresip({
    username: '34600111222',
    password: 'unused-password',
    registrar: node.sipPort,
    register: false,
  });
  try {
    const since = Date.now();
    await phone.command('dial', `sip:${e164}@127.0.0.1:${node.sipPort}`);
    // Its recording is closed when the node ends the call.
    return await heardOnCall(phone, since, 30_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${phone.output()}`);
    });
  } finally {
    await phone.stop();
  }
}

describe.skipIf(!peers.available)(
  'issue 18: a node that takes a workspace over has its uploaded prompts, registered phones and trunk credentials',
  () => {
    let db: pg.Client;
    let a: SipNode;
    let b: SipNode;
    let c: SipNode | undefined;
    let url: string;
    let annPhone: Awaited<ReturnType<typeof registerByHand>>;
    let admin: string;
    let carrierPort: number;
    const closers: Array<() => void> = [];
    const prompt = encodeWav(synthesize({ frequencies: [signatureHz], stepMs: 3000 }, 3000));

    beforeAll(async () => {
      url = await postgres().createDatabase();
      db = new pg.Client({ connectionString: url });
      await db.connect();
      a = await sipNode(url, 31_000);
      b = await sipNode(url, 31_200);
      admin = a.adminToken!;
      carrierPort = await freePort();
      const api = async (method: string, path: string, body?: unknown) => {
        const answer = await call(a.url, method, `/v1/workspaces${path}`, admin, body);
        expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
      };
      await api('POST', '', { id: ws, name: 'Acme', plan: 'business' });
      await api('PUT', `/${ws}/sip/trunk`, {
        allowedSources: ['127.0.0.1'],
        outbound: { host: '127.0.0.1', port: carrierPort, transport: 'udp' },
      });
      await api('PATCH', `/${ws}/billing`, { balanceCents: 10_000 });
      await api('POST', `/${ws}/numbers`, { e164: forwarded, kind: 'rented', id: 'n_fwd' });
      await api('PATCH', `/${ws}/numbers/n_fwd/settings`, {
        mode: 'forward_all',
        forwardTo: '+34699000111',
        passCallerId: true,
      });
      // A number that plays its closed message to every caller (nobody is online).
      await api('POST', `/${ws}/numbers`, { e164: closed, kind: 'sip', id: 'n_closed' });
      await api('PATCH', `/${ws}/numbers/n_closed/settings`, {
        offlineAction: { kind: 'message', message: 'We are closed now, goodbye' },
      });
      await api('PUT', `/${ws}/sip/trunk/credentials`, { username: 'carrier-user', password });
      // Agent Ann (offline for now) with a desk phone, and the number that rings her.
      await api('POST', `/${ws}/users`, { id: 'u_ann', name: 'Ann', email: 'ann@acme.test', role: 'agent' });
      await api('PUT', `/${ws}/users/u_ann/sip`, { username: 'ann', password: 'ann-secret-1' });
      await api('POST', `/${ws}/users`, { id: 'u_bob', name: 'Bob', email: 'bob@acme.test', role: 'agent' });
      await api('PUT', `/${ws}/users/u_bob/sip`, { username: 'bob', password: 'bob-secret-1' });
      await api('POST', `/${ws}/numbers`, { e164: main, kind: 'sip', id: 'n_main' });
      const uploaded = await fetch(`${a.url}/v1/workspaces/${ws}/numbers/n_closed/prompts/closed`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'audio/wav' },
        body: prompt,
      });
      expect(uploaded.status, await uploaded.text()).toBe(200);
      await waitFor('the replica on B', async () =>
        (await call(b.url, 'GET', `/v1/workspaces/${ws}`, admin)).status === 200 ? true : undefined,
      );
    });

    afterAll(async () => {
      for (const close of closers) close();
      for (const node of [a, b, c]) await node?.stop();
      await db?.end();
    });

    it('issue 18: a phone’s first REGISTER at the node that does not own its workspace is accepted, the owner rings it, and hears when it un-registers there', async () => {
      const owner = async () =>
        (await db.query('SELECT owner FROM workspace_leases WHERE workspace_id = $1', [ws])).rows[0]?.owner;
      expect(await owner()).toBe(nodeIdOf(a));
      const phones = async (node: SipNode) =>
        (await call(node.url, 'GET', `/v1/workspaces/${ws}/users/u_bob/phones`, admin)).body?.devices ?? [];
      // Bob's desk phone knows only B.
      const desk = await startBaresip({
        username: 'bob',
        password: 'bob-secret-1',
        registrar: b.sipPort,
        answer: 'manual',
      });
      let stopped = false;
      closers.push(() => void (stopped ? undefined : desk.stop()));
      // A, the owner, has it: listed there (and through B, from the saved registrations).
      const listed = await waitFor('A to list the phone registered with B', async () => {
        const devices = await phones(a);
        return devices.length === 1 ? devices : undefined;
      });
      expect(listed[0].userAgent, desk.output()).toMatch(/baresip/i);
      expect(await phones(b)).toHaveLength(1);
      expect(desk.output()).not.toMatch(/\b500\b/);

      // A carrier's call through A is routed by A, which rings the phone registered with B.
      const online = await call(a.url, 'PUT', `/v1/workspaces/${ws}/users/u_bob/presence`, admin, {
        presence: 'online',
      });
      expect(online.status, JSON.stringify(online.body)).toBe(200);
      const trunk = await rawPeer();
      closers.push(trunk.close);
      const sdp =
        'v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40002 RTP/AVP 0\r\n';
      const headers = (method: string) => [
        `Via: SIP/2.0/UDP 127.0.0.1:${trunk.port};branch=z9hG4bK-to-bob`,
        'Max-Forwards: 70',
        `From: <sip:+34600111333@127.0.0.1:${trunk.port}>;tag=to-bob`,
        `To: <sip:${main}@127.0.0.1>`,
        'Call-ID: to-bob',
        `CSeq: 1 ${method}`,
      ];
      trunk.send(
        [
          `INVITE sip:${main}@127.0.0.1:${a.sipPort} SIP/2.0`,
          ...headers('INVITE'),
          `Contact: <sip:+34600111333@127.0.0.1:${trunk.port}>`,
          'Content-Type: application/sdp',
          `Content-Length: ${sdp.length}`,
          '',
          sdp,
        ].join('\r\n'),
        a.sipPort,
      );
      await until(
        'the phone registered with B to ring',
        () => /incoming call/i.test(desk.output()),
        20_000,
      ).catch((error: Error) => {
        throw new Error(`${error.message}\n${desk.output()}\n${a.output()}`);
      });
      trunk.send(
        [
          `CANCEL sip:${main}@127.0.0.1:${a.sipPort} SIP/2.0`,
          ...headers('CANCEL'),
          'Content-Length: 0',
          '',
          '',
        ].join('\r\n'),
        a.sipPort,
      );
      await call(a.url, 'PUT', `/v1/workspaces/${ws}/users/u_bob/presence`, admin, { presence: 'offline' });

      // The phone un-registers with B as it shuts down: A forgets it.
      await desk.stop();
      stopped = true;
      await waitFor('A to forget the phone', async () => ((await phones(a)).length === 0 ? true : undefined));
    });

    it('the trunk password is sealed in the database; after kill -9 of the owner the new owner plays the uploaded prompt to a caller, rings the phone registered with the dead node, and answers the carrier’s challenge with the credentials', async () => {
      const { rows } = await db.query(
        'SELECT username, secret FROM sip_trunk_secrets WHERE workspace_id = $1',
        [ws],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].secret).toMatch(/^aes-256-gcm:/);
      expect(JSON.stringify(rows)).not.toContain(password);

      // Ann's phone registers with A, the owner; A saves the registration in the database.
      const phone = await registerByHand({ sipPort: a.sipPort, username: 'ann', password: 'ann-secret-1' });
      annPhone = phone;
      closers.push(phone.close);
      expect(phone.status).toBe(200);
      await waitFor('the registration to be saved', async () =>
        (await db.query("SELECT 1 FROM sip_registrations WHERE user_id = 'u_ann'")).rowCount
          ? true
          : undefined,
      );

      const owner = async () =>
        (await db.query('SELECT owner FROM workspace_leases WHERE workspace_id = $1', [ws])).rows[0]?.owner;
      expect(await owner()).toBe(nodeIdOf(a));
      a.process.kill('SIGKILL');
      await a.exited;
      await waitFor('B to own the workspace', async () =>
        (await owner()) === nodeIdOf(b) ? true : undefined,
      );

      // The audio A stored is B's too: what the API lists and serves, and what B's telephony plays.
      const listed = await call(b.url, 'GET', `/v1/workspaces/${ws}/numbers/n_closed/prompts`, admin);
      const message = listed.body.items.find((item: { prompt: string }) => item.prompt === 'closed');
      expect(message.source).toBe('uploaded');
      const served = await fetch(`${b.url}/v1/workspaces/${ws}/numbers/n_closed/prompts/closed`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(Buffer.from(await served.arrayBuffer()).equals(prompt)).toBe(true);
      const heard = await heardThrough(b, closed);
      // 0.5 s windows: the signature dominates the prompt's stretch of the call.
      const windows = Array.from({ length: Math.floor(heard.length / 4000) }, (_, i) =>
        heard.subarray(i * 4000, (i + 1) * 4000),
      );
      const signed = windows.filter((window) => rms(window) > 300 && powerShare(window, signatureHz) > 0.8);
      // A second of its 3 is proof enough (no default prompt or tone holds the signature: see
      // test/sip/prompts.test.ts); the media of two SIP nodes on a busy machine loses some.
      expect(signed.length).toBeGreaterThanOrEqual(2);

      // The phone registered with A is B's to ring now: listed, and rung when a call comes.
      const phones = await call(b.url, 'GET', `/v1/workspaces/${ws}/users/u_ann/phones`, admin);
      expect(phones.body.devices, JSON.stringify(phones.body)).toHaveLength(1);
      const online = await call(b.url, 'PUT', `/v1/workspaces/${ws}/users/u_ann/presence`, admin, {
        presence: 'online',
      });
      expect(online.status, JSON.stringify(online.body)).toBe(200);
      const trunk = await rawPeer();
      closers.push(trunk.close);
      trunk.send(
        carrierInvite({ to: main, sipPort: b.sipPort, peerPort: trunk.port, callId: 'after-takeover' }),
        b.sipPort,
      );
      const invite = await until('the phone to be rung', () =>
        phone.received.find((message) => message.startsWith('INVITE ')),
      );
      expect(invite).toMatch(/^INVITE sip:ann@127\.0\.0\.1:\d+ SIP\/2\.0/);

      expect((await call(b.url, 'GET', `/v1/workspaces/${ws}/sip/trunk/credentials`, admin)).body).toEqual({
        username: 'carrier-user',
        passwordSet: true,
      });
      // A call to the forwarded number through B goes out to the carrier, which challenges it:
      // B answers with the credentials A was given.
      const dir = mkdtempSync(join(tmpdir(), 'sb-cluster-carrier-'));
      const carrier = await carrierForOneCall(
        scenario('carrier-auth'),
        join(dir, 'carrier.log'),
        carrierPort,
        dir,
      );
      const caller = await runSipp([
        '-sf',
        scenario('caller'),
        '-s',
        forwarded,
        `127.0.0.1:${b.sipPort}`,
        '-m',
        '1',
        // Half a second of talk: the carrier's log is what is checked.
        '-d',
        '500',
      ]);
      const carrierRun = await carrier.exited;
      const log = readFileSync(join(dir, 'carrier.log'), 'utf8');
      expect(caller.code, caller.output).toBe(0);
      expect(carrierRun.code, carrierRun.output).toBe(0);
      expect(log).toMatch(/SIP\/2\.0 401 Unauthorized/);
      expect(log).toMatch(/Authorization: Digest username="carrier-user", realm="carrier\.test"/);
      expect(log).toMatch(/SIP\/2\.0 200 OK/);
      expect(log).not.toContain(password);
      expect(b.output()).not.toContain(password);
    });

    it('issue 18: a node stopped with SIGTERM hands the workspace and its phones to another node and keeps no copy of them; the new owner rings them', async () => {
      const owner = async () =>
        (await db.query('SELECT owner FROM workspace_leases WHERE workspace_id = $1', [ws])).rows[0]?.owner;
      const savedBy = async (node: SipNode) =>
        (
          await db.query('SELECT user_id FROM sip_registrations WHERE node_id = $1 AND workspace_id = $2', [
            nodeIdOf(node),
            ws,
          ])
        ).rows.map((row) => row.user_id);
      expect(await owner()).toBe(nodeIdOf(b));
      // B took Ann's phone over from the dead A, and saved it as its own.
      expect(await savedBy(b)).toEqual(['u_ann']);
      c = await sipNode(url, 31_400);
      const next = c;
      await waitFor('C to say where it is reached', async () =>
        (await db.query('SELECT 1 FROM nodes WHERE id = $1 AND address IS NOT NULL', [nodeIdOf(next)]))
          .rowCount
          ? true
          : undefined,
      );
      const invites = () => annPhone.received.filter((message) => message.startsWith('INVITE ')).length;
      const before = invites();

      await b.stop();
      expect(await owner()).toBe(nodeIdOf(next));
      // B handed the phone to C and kept no copy: nothing is saved under B any more.
      expect(await savedBy(b)).toEqual([]);
      await waitFor('C to save the phone it was handed', async () =>
        (await savedBy(next)).includes('u_ann') ? true : undefined,
      );
      const phones = await call(next.url, 'GET', `/v1/workspaces/${ws}/users/u_ann/phones`, admin);
      expect(phones.body.devices, JSON.stringify(phones.body)).toHaveLength(1);

      // Ann is still online: a carrier's call through C rings her phone.
      const trunk = await rawPeer();
      closers.push(trunk.close);
      trunk.send(
        carrierInvite({
          to: main,
          sipPort: next.sipPort,
          peerPort: trunk.port,
          callId: 'after-drain',
          from: '+34600111444',
          rtpPort: 40004,
        }),
        next.sipPort,
      );
      await until('C to ring the phone', () => invites() > before);
    });
  },
);
