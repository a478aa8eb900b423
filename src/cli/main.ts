import { CliError } from './client.ts';
import { usage } from './usage.ts';

type Command = (args: string[]) => Promise<number | undefined>;

// Loaded on demand: `apply` and `export` start fast without the server's modules.
const commands: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.ts')).serveCommand,
  apply: async () => (await import('./apply.ts')).applyCommand,
  export: async () => (await import('./export.ts')).exportCommand,
  simulate: async () => (await import('./simulate.ts')).simulateCommand,
};

/** `switchboard <command>`: returns the exit code, or undefined while a server keeps running. */
export async function main(argv: string[]): Promise<number | undefined> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage.main);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`unknown command "${name}"\n\n${usage.main}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(args);
  } catch (error) {
    const missing = missingPackage(error);
    if (missing) {
      console.error(
        `switchboard: cannot load the package ${missing}: run the server from its project folder with its packages installed (npm ci); a copy of dist/ finds them only inside that folder`,
      );
      return 1;
    }
    // parseArgs refuses unknown or malformed options with a code of its own.
    const usageError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof CliError) && !usageError) throw error;
    console.error(`switchboard ${name}: ${(error as Error).message}`);
    return usageError ? 2 : 1;
  }
}

/**
 * The package a command could not load: one left out of the bundle (better-sqlite3, a native
 * addon) is looked up in node_modules/ from where dist/ is, and a copy of dist/ outside the
 * project has none. Undefined for any other error (a missing file of the project's own is a bug).
 */
function missingPackage(error: unknown): string | undefined {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND') return undefined;
  const name = /Cannot find (?:module|package) '([^']+)'/.exec(message ?? '')?.[1];
  return name && /^(@[\w.-]+\/)?[\w.-]+$/.test(name) ? name : undefined;
}

// Not a top-level await: the bundle (scripts/bundle.mjs) is CommonJS, which has none.
void main(process.argv.slice(2)).then((code) => {
  if (code !== undefined) process.exitCode = code;
});
