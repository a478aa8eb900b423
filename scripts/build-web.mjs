// For `npm start`: builds the console with Vite only when something it is built from changed
// since web/dist/index.html was written (the inputs test/support/build-web.ts checks for the
// browser tests, and the dependencies): a start with nothing changed skips the ~17 s build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'web/dist/index.html';

/** The newest modification time of the files under a folder, skipping build output and dependencies. */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// web/src imports the API's types and message list from src/api.
const inputs = Math.max(
  newest('web/src'),
  newest('src/api'),
  ...['web/index.html', 'web/vite.config.ts', 'web/precompress.ts', 'package-lock.json'].map(
    (file) => statSync(file).mtimeMs,
  ),
);
if (existsSync(built) && statSync(built).mtimeMs >= inputs)
  console.log('the console is built and up to date');
else
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
