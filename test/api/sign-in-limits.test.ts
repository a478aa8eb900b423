import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let tight: TestServer;

const signIn = (target: TestServer, email: string, password: string, address = '203.0.113.1') =>
  target.request('POST', '/v1/sessions', { body: { email, password }, address });

beforeAll(async () => {
  server = await startTestServer();
  await seedWorkspace(server);
  tight = await startTestServer(undefined, {
    limits: {
      signInFailuresPerAccount: { limit: 3, windowMs: 60_000 },
      signInFailuresPerAddress: { limit: 5, windowMs: 60_000 },
    },
  });
  await seedWorkspace(tight);
});
afterAll(async () => {
  await server.close();
  await tight.close();
});

describe('sign-in throttling (issue 12 item 8)', () => {
  it('answers 429 with Retry-After after ten wrong passwords for one account, even to the right one', async () => {
    for (let i = 0; i < 10; i++)
      expect((await signIn(server, 'alex@acme.test', `guess ${i}`, `198.51.100.${i}`)).status).toBe(401);
    const refused = await signIn(server, 'alex@acme.test', 'correct horse', '198.51.100.99');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another account is not locked by it.
    expect((await signIn(server, 'sam@acme.test', 'correct horse', '198.51.100.99')).status).toBe(201);
  });

  it('a right password clears an account’s count of wrong ones', async () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++)
        expect((await signIn(tight, 'sam@acme.test', 'nope', '192.0.2.50')).status).toBe(401);
      expect((await signIn(tight, 'sam@acme.test', 'correct horse', '192.0.2.51')).status).toBe(201);
    }
  });

  it('answers 429 to an address that tried too many accounts; other addresses still sign in', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e'])
      expect((await signIn(tight, `${name}@nowhere.test`, 'guess', '192.0.2.7')).status).toBe(401);
    const refused = await signIn(tight, 'ada@acme.test', 'correct horse', '192.0.2.7');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await signIn(tight, 'ada@acme.test', 'correct horse', '192.0.2.8')).status).toBe(201);
  });

  it('an unknown email and a wrong password get the same answer', async () => {
    const unknown = await signIn(tight, 'ghost@acme.test', 'guess', '192.0.2.9');
    const wrong = await signIn(tight, 'alex@acme.test', 'guess', '192.0.2.9');
    expect(unknown).toMatchObject({ status: 401 });
    expect(unknown.body).toEqual(wrong.body);
  });
});
