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
    // parseArgs refuses unknown or malformed options with a code of its own.
    const usageError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof CliError) && !usageError) throw error;
    console.error(`switchboard ${name}: ${(error as Error).message}`);
    return usageError ? 2 : 1;
  }
}

// Not a top-level await: the bundle (scripts/bundle.mjs) is CommonJS, which has none.
void main(process.argv.slice(2)).then((code) => {
  if (code !== undefined) process.exitCode = code;
});
