import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startWorker } from './worker-module.ts';

// Inside the project, so the bundle's imports resolve as the real workers' do.
const root = join(import.meta.dirname, '../../.tmp');
mkdirSync(root, { recursive: true });
const folder = mkdtempSync(join(root, 'worker-module-'));
const cache = join(import.meta.dirname, '../../node_modules/.cache/switchboard-workers');
const entry = join(folder, 'entry.ts');
writeFileSync(
  entry,
  "import { parentPort } from 'node:worker_threads';\nimport { word } from './word.ts';\nconst typed: string = word;\nparentPort!.postMessage(typed);\n",
);
const setWord = (word: string) =>
  writeFileSync(join(folder, 'word.ts'), `export const word = ${JSON.stringify(word)};\n`);

async function firstMessage(): Promise<string> {
  const worker = startWorker(pathToFileURL(entry));
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

const bundlesOfEntry = () => readdirSync(cache).filter((name) => /^entry-\w+\.mjs$/.test(name));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  for (const name of readdirSync(cache)) if (name.startsWith('entry-')) rmSync(join(cache, name));
});

describe('worker threads started from TypeScript (issue 16 goal 3)', () => {
  it('run their entry bundled once, reused while nothing it imports changes, rebuilt when it does', async () => {
    setWord('one');
    expect(await firstMessage()).toBe('one');
    const first = bundlesOfEntry();
    expect(first).toHaveLength(1);
    expect(await firstMessage()).toBe('one');
    expect(bundlesOfEntry()).toEqual(first);

    setWord('two');
    expect(await firstMessage()).toBe('two');
    expect(bundlesOfEntry()).toHaveLength(2);
  });
});
