/**
 * Writes the console's API types (web/src/api/openapi.ts) from the server's own /openapi.json
 * with openapi-typescript: `npm run generate:api`. The console's client (web/src/api/client.ts)
 * takes every path, parameter, body and answer from them. test/api/openapi-console.test.ts
 * fails when the file is stale: run this after changing a route's schema.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS from 'openapi-typescript';
import { openSwitchboard } from '../src/server/switchboard.ts';

export const typesFile = fileURLToPath(new URL('../web/src/api/openapi.ts', import.meta.url));

const header = `/**
 * Generated from /openapi.json by openapi-typescript (npm run generate:api). Do not edit:
 * change the route's schema and generate again.
 */
`;

/** The console's types for one OpenAPI document, as the file holds them. */
export async function apiTypes(document: unknown): Promise<string> {
  const source = await openapiTS(document as Parameters<typeof openapiTS>[0], { exportType: true });
  return header + source.replace(/^\/\*\*\n \* This file was auto-generated[\s\S]*?\*\/\n/, '');
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sb-openapi-'));
  const switchboard = await openSwitchboard({
    dbPath: join(dir, 'switchboard.db'),
    clock: 'virtual',
    logger: false,
  });
  try {
    const response = await switchboard.app.inject({ method: 'GET', url: '/openapi.json' });
    writeFileSync(typesFile, await apiTypes(JSON.parse(response.body)));
  } finally {
    await switchboard.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
