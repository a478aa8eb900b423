import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../src/telephony/media/tone.ts';
import { encodeWav } from '../../src/telephony/media/wav.ts';
import { freePort, runSipp, sipPeers, sleep } from '../sip/support/peers.ts';
import { call, type Node, nodeIdOf, startNode, waitFor } from '../support/cluster.ts';
import { postgresForThisFile } from '../support/postgres.ts';

const peers = sipPeers();
const postgres = postgresForThisFile();
const scenario = (name: string) => fileURLToPath(new URL(`../sip/scenarios/${name}.xml`, import.meta.url));
const ws = 'acme';
const forwarded = '+34910000002';
const password = 'carrier-pass';

/** A node with SIP telephony on its own free SIP port and RTP range, sealing trunk passwords. */
async function sipNode(url: string, rtpFrom: number): Promise<Node & { sipPort: number }> {
  const node = await startNode(url, 'warn', {
    args: ['--telephony', 'sip', '--sip-listen', '127.0.0.1:0', '--rtp-ports', `${rtpFrom}-${rtpFrom + 99}`],
    env: { SWITCHBOARD_SECRETS_KEY: 'the passphrase every node is given' },
  });
  const sipPort = Number(/SIP: udp and tcp on 127\.0\.0\.1:(\d+)/.exec(node.output())?.[1]);
  expect(sipPort, node.output()).toBeGreaterThan(0);
  return Object.assign(node, { sipPort });
}

describe.skipIf(!peers.available)(
  'issue 18: a node that takes a workspace over has its uploaded prompts and trunk credentials',
  () => {
    let db: pg.Client;
    let a: Node & { sipPort: number };
    let b: Node & { sipPort: number };
    let admin: string;
    let carrierPort: number;
    const prompt = encodeWav(synthesize({ frequencies: [1800], stepMs: 500 }, 500));

    beforeAll(async () => {
      const url = await postgres().createDatabase();
      db = new pg.Client({ connectionString: url });
      await db.connect();
      a = await sipNode(url, 31_000);
      b = await sipNode(url, 31_200);
      admin = a.adminToken!;
      carrierPort = await freePort();
      const api = (method: string, path: string, body?: unknown) =>
        call(a.url, method, `/v1/workspaces${path}`, admin, body);
      expect((await api('POST', '', { id: ws, name: 'Acme', plan: 'business' })).status).toBe(201);
      const trunk = await api('PUT', `/${ws}/sip/trunk`, {
        allowedSources: ['127.0.0.1'],
        outbound: { host: '127.0.0.1', port: carrierPort, transport: 'udp' },
      });
      expect(trunk.status, JSON.stringify(trunk.body)).toBe(200);
      expect((await api('PATCH', `/${ws}/billing`, { balanceCents: 10_000 })).status).toBe(200);
      expect(
        (await api('POST', `/${ws}/numbers`, { e164: forwarded, kind: 'rented', id: 'n_fwd' })).status,
      ).toBe(201);
      const settings = { mode: 'forward_all', forwardTo: '+34699000111', passCallerId: true };
      expect((await api('PATCH', `/${ws}/numbers/n_fwd/settings`, settings)).status).toBe(200);
      const credentials = await api('PUT', `/${ws}/sip/trunk/credentials`, {
        username: 'carrier-user',
        password,
      });
      expect(credentials.status, JSON.stringify(credentials.body)).toBe(200);
      const uploaded = await fetch(`${a.url}/v1/workspaces/${ws}/numbers/n_fwd/prompts/welcome`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'audio/wav' },
        body: prompt,
      });
      expect(uploaded.status, await uploaded.text()).toBe(200);
      await waitFor('the replica on B', async () =>
        (await call(b.url, 'GET', `/v1/workspaces/${ws}`, admin)).status === 200 ? true : undefined,
      );
    }, 120_000);

    afterAll(async () => {
      for (const node of [a, b]) await node?.stop();
      await db?.end();
    });

    it('the trunk password is sealed in the database; after kill -9 of the owner the new owner serves the uploaded prompt and answers the carrier’s challenge with the credentials', async () => {
      const { rows } = await db.query(
        'SELECT username, secret FROM sip_trunk_secrets WHERE workspace_id = $1',
        [ws],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].secret).toMatch(/^aes-256-gcm:/);
      expect(JSON.stringify(rows)).not.toContain(password);

      const owner = async () =>
        (await db.query('SELECT owner FROM workspace_leases WHERE workspace_id = $1', [ws])).rows[0]?.owner;
      expect(await owner()).toBe(nodeIdOf(a));
      a.process.kill('SIGKILL');
      await a.exited;
      await waitFor('B to own the workspace', async () =>
        (await owner()) === nodeIdOf(b) ? true : undefined,
      );

      // The audio A stored is B's too: what its telephony plays for the number (PromptLibrary
      // reads the same store), and what the API lists and serves.
      const listed = await call(b.url, 'GET', `/v1/workspaces/${ws}/numbers/n_fwd/prompts`, admin);
      const welcome = listed.body.items.find((item: { prompt: string }) => item.prompt === 'welcome');
      expect(welcome.source).toBe('uploaded');
      const served = await fetch(`${b.url}/v1/workspaces/${ws}/numbers/n_fwd/prompts/welcome`, {
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(Buffer.from(await served.arrayBuffer()).equals(prompt)).toBe(true);
      expect((await call(b.url, 'GET', `/v1/workspaces/${ws}/sip/trunk/credentials`, admin)).body).toEqual({
        username: 'carrier-user',
        passwordSet: true,
      });

      // A call to the number through B is forwarded to the carrier, which challenges it: B
      // answers with the credentials A was given.
      const dir = mkdtempSync(join(tmpdir(), 'sb-cluster-carrier-'));
      const carrier = runSipp(
        ['-sf', scenario('carrier-auth'), '-m', '1', '-trace_msg', '-message_file', join(dir, 'carrier.log')],
        dir,
        carrierPort,
      );
      await sleep(300);
      const caller = await runSipp([
        '-sf',
        scenario('caller'),
        '-s',
        forwarded,
        `127.0.0.1:${b.sipPort}`,
        '-m',
        '1',
        '-d',
        '2000',
      ]);
      const carrierRun = await carrier;
      const log = readFileSync(join(dir, 'carrier.log'), 'utf8');
      expect(caller.code, caller.output).toBe(0);
      expect(carrierRun.code, carrierRun.output).toBe(0);
      expect(log).toMatch(/SIP\/2\.0 401 Unauthorized/);
      expect(log).toMatch(/Authorization: Digest username="carrier-user", realm="carrier\.test"/);
      expect(log).toMatch(/SIP\/2\.0 200 OK/);
      expect(log).not.toContain(password);
      expect(b.output()).not.toContain(password);
    }, 90_000);
  },
);
