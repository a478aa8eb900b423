import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSwitchboard, type Switchboard } from '../../../src/server/switchboard.ts';
import type { GuardOptions } from '../../../src/telephony/sip/guard.ts';
import { testPasswordCost } from '../../support/server.ts';
import { type Baresip, startBaresip, until } from './peers.ts';
import { testPlane } from './plane.ts';

export interface SipTestServer {
  server: Switchboard;
  sipPort: number;
  /** The data directory: the database, media and secrets. */
  dir: string;
  /** An admin's request to /v1/workspaces/acme…, through Fastify's inject. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies of every shape.
  api(method: string, url: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** A server with SIP telephony on a free port, workspace `acme` created, a trunk accepting 127.0.0.1. */
export async function startSipServer(
  guard?: GuardOptions,
  restart?: { dir: string; adminToken: string },
): Promise<SipTestServer> {
  const plane = await testPlane();
  // A restart test opens the same data directory again.
  const dir = restart?.dir ?? mkdtempSync(join(tmpdir(), 'sb-sip-'));
  const server = await openSwitchboard({
    dbPath: join(dir, 'switchboard.db'),
    clock: 'system',
    logger: false,
    sip: { listen: { host: '127.0.0.1', port: 0 }, plane, ...(guard ? { guard } : {}) },
    passwordCost: testPasswordCost,
  });
  // The admin key is made on the first start only; a restart reuses it.
  const admin = server.adminToken ?? restart!.adminToken;
  const inject = async (method: string, url: string, body?: unknown) => {
    const response = await server.app.inject({
      method: method as 'GET',
      url,
      headers: { authorization: `Bearer ${admin}` },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
  };
  await inject('POST', '/v1/workspaces', { id: 'acme', name: 'Acme', plan: 'business' });
  await inject('PUT', '/v1/workspaces/acme/sip/trunk', { allowedSources: ['127.0.0.1'] });
  return {
    server,
    sipPort: server.sip!.port,
    dir,
    api: (method, url, body) => inject(method, `/v1/workspaces/acme${url}`, body),
    close: () => server.close(),
  };
}

/** The SIP account of agent Ann (`ann` / `ann-secret-1`), whom this creates online unless `created`. */
export async function annWithSipAccount(sip: SipTestServer, created = false): Promise<void> {
  if (!created) {
    await sip.api('POST', '/users', {
      id: 'u_ann',
      name: 'Ann Agent',
      email: 'ann@acme.test',
      role: 'agent',
    });
    await sip.api('PUT', '/users/u_ann/presence', { presence: 'online' });
  }
  await sip.api('PUT', '/users/u_ann/sip', { username: 'ann', password: 'ann-secret-1' });
}

/**
 * Agent Ann with SIP credentials and a baresip desk phone registered: what most SIP tests
 * start from. Ann exists and is online unless `created` says the test made her itself.
 */
export async function annWithDeskPhone(sip: SipTestServer, created = false): Promise<Baresip> {
  await annWithSipAccount(sip, created);
  const phone = await startBaresip({ username: 'ann', password: 'ann-secret-1', registrar: sip.sipPort });
  await until('the desk phone to register', async () =>
    (await sip.api('GET', '/users/u_ann/sip')).body.registered ? true : undefined,
  );
  return phone;
}
