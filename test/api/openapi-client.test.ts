import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import openapiTS from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

/*
 * Issue 17: a client generator gives usable clients from /openapi.json. openapi-typescript
 * writes the types of every path and operation; a small client written against them must
 * type-check, and one that calls an operation that does not exist or sends a field of the
 * wrong type must not.
 */

let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startTestServer();
  const response = await server.app.inject({ method: 'GET', url: '/openapi.json' });
  dir = mkdtempSync(join(tmpdir(), 'sb-openapi-client-'));
  writeFileSync(join(dir, 'api.d.ts'), await openapiTS(JSON.parse(response.body)));
});
afterAll(async () => server.close());

// The package exports no bin path; it sits beside package.json.
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

/** Type-checks files beside the generated types in one compiler run; answers its errors, or '' if none. */
function typeCheck(files: Record<string, string>): string {
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  const names = Object.keys(files).map((name) => join(dir, name));
  const args = [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', ...names];
  try {
    execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout);
  }
}

const errorsOf = (output: string, file: string) => output.split('\n').filter((line) => line.startsWith(file));

/** A client as a person would write it: a typed fetch keyed by operationId. */
const client = `
import type { operations } from './api.d.ts';

type Op = keyof operations;
type Params<O extends Op> = operations[O] extends { parameters: infer P } ? P : never;
type Body<O extends Op> = operations[O] extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : never;
type Ok<O extends Op> = operations[O] extends { responses: { 200: { content: { 'application/json': infer R } } } }
  ? R
  : operations[O] extends { responses: { 201: { content: { 'application/json': infer R } } } }
    ? R
    : unknown;

declare function call<O extends Op>(operationId: O, params: Params<O>, body?: Body<O>): Promise<Ok<O>>;

export async function useIt(workspaceId: string) {
  const departments = await call('listDepartments', { path: { workspaceId }, query: { search: 'sal' } });
  const online: number[] = departments.items.map((department) => department.onlineCount);
  const targets = await call('listChatTransferTargets', { path: { workspaceId } });
  const ready: number | undefined = targets.departments[0]?.readyCount;
  const conversation = await call(
    'transferConversation',
    { path: { workspaceId, conversationId: 'conv_1' } },
    { to: { kind: 'department', departmentId: 'sales' }, reason: 'Billing question' },
  );
  const status: string = conversation.status;
  const board = await call('getWallboard', { path: { workspaceId } });
  const serviceLevel: number | null = board.today.serviceLevel;
  return { online, ready, status, serviceLevel };
}
`;

describe('a client generated from /openapi.json (issue 17)', () => {
  let output = '';
  beforeAll(() => {
    const wrong = client
      .replace("'listDepartments'", "'listDepartment'")
      .replace("kind: 'department'", "kind: 'team'");
    output = typeCheck({ 'client.ts': client, 'wrong.ts': wrong });
  });

  it('type-checks calls by operationId: parameters, bodies and answers are typed', () => {
    expect(errorsOf(output, 'client.ts')).toEqual([]);
  });

  it('refuses an operation that does not exist and a body of the wrong shape', () => {
    const errors = errorsOf(output, 'wrong.ts').join('\n');
    expect(errors).toContain('"listDepartment"');
    expect(errors).toContain('"team"');
  });
});
