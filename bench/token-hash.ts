/**
 * The API-key path of a request's authentication (issue 17 residue 5): what resolving a bearer
 * token to its principal costs, the token's SHA-256 included, against a SQLite store in memory.
 * Beside it, the hash step alone: a memo hit (the bounded Map keyed by the raw token that kept
 * secrets in the heap), createHash, and the one-shot crypto.hash. Alternate runs on two trees
 * to compare a change. Run: node --import tsx bench/token-hash.ts
 */
import { createHash, hash } from 'node:crypto';
import type { Runtime } from '../src/runtime/runtime.ts';
import { newToken, tokenHash } from '../src/security/tokens.ts';
import { resolvePrincipal } from '../src/server/auth/principal.ts';
import { SqliteStore } from '../src/store/sqlite/store.ts';
import { machine, table } from './support/report.ts';

const tokens = Array.from({ length: 200 }, () => newToken('sbk'));
const requests = 200_000;
const rounds = 5;

function nsPerOp(run: (token: string) => unknown, n: number): number {
  const start = process.hrtime.bigint();
  for (let index = 0; index < n; index++) run(tokens[index % tokens.length]!);
  return Number(process.hrtime.bigint() - start) / n;
}

async function nsPerRequest(run: (token: string) => Promise<unknown>, n: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let index = 0; index < n; index++) await run(tokens[index % tokens.length]!);
  return Number(process.hrtime.bigint() - start) / n;
}

const memo = new Map<string, string>();
const memoHit = (token: string) => {
  let value = memo.get(token);
  if (value === undefined) {
    value = tokenHash(token);
    memo.set(token, value);
  }
  return value;
};

const store = new SqliteStore(':memory:');
await store.migrate();
for (const [index, token] of tokens.entries())
  await store.saveApiKey({
    id: `key_${index}`,
    workspaceId: 'ws_bench',
    name: `key ${index}`,
    role: 'admin',
    hash: tokenHash(token),
    prefix: token.slice(0, 8),
    createdAt: 0,
  });
const runtime = { created: () => true } as unknown as Runtime;
const resolve = async (token: string) => resolvePrincipal(token, store, runtime, 0);

const hashSteps = {
  'memo hit (Map by raw token)': memoHit,
  createHash: (token: string) => createHash('sha256').update(token).digest('hex'),
  'crypto.hash': (token: string) => hash('sha256', token),
  'tokenHash (what principal.ts calls)': tokenHash,
};

machine('Bearer token → principal, API-key path');
for (const run of Object.values(hashSteps)) nsPerOp(run, 20_000);
await nsPerRequest(resolve, 20_000);
const figures = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(hashSteps))
    figures.set(name, [...(figures.get(name) ?? []), nsPerOp(run, requests)]);
  const name = 'resolvePrincipal (store lookup included)';
  figures.set(name, [...(figures.get(name) ?? []), await nsPerRequest(resolve, requests / 4)]);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
table(
  ['step', 'ns per request (median of 5)', 'best'],
  [...figures].map(([name, values]) => [name, median(values).toFixed(0), Math.min(...values).toFixed(0)]),
);
await store.close();
