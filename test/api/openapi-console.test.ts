import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTypes, typesFile } from '../../scripts/generate-api-types.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/*
 * Issue 17: the console's API client takes every route, parameter, body and answer from
 * web/src/api/openapi.ts, generated from /openapi.json. If a route's schema changes and the
 * file is not generated again, the console would compile against a contract the server no
 * longer keeps.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

describe("the console's API types (issue 17)", () => {
  it('are those generated from the /openapi.json the server serves now (else: npm run generate:api)', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/openapi.json' });
    const fresh = await apiTypes(JSON.parse(response.body));
    // Compared as text, so the failure shows which route changed.
    expect(readFileSync(typesFile, 'utf8')).toBe(fresh);
  });
});
