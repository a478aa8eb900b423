import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { AppliedChange } from '../config/apply.ts';
import { lineOfField, parseSpecYaml } from '../config/parse.ts';
import { CliError, call, remoteFrom } from './client.ts';
import { usage } from './usage.ts';

interface ApplyResult {
  workspaceId: string;
  dryRun: boolean;
  applied: AppliedChange[];
}

/** `switchboard apply FILE.yaml`: sends the spec to a running server's PUT /config. */
export async function applyCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      prune: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage.apply);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new CliError(`apply takes one FILE.yaml\n\n${usage.apply}`);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  // Checked here first, so a mistake is shown with its line before anything is sent.
  let workspaceId: string;
  try {
    workspaceId = parseSpecYaml(text).workspace.id;
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`);
  }
  const remote = remoteFrom(values);
  const query = new URLSearchParams();
  if (values['dry-run']) query.set('dryRun', 'true');
  if (values.prune) query.set('prune', 'true');
  const path = `/v1/workspaces/${encodeURIComponent(workspaceId)}/config${query.size ? `?${query}` : ''}`;
  const response = await call(remote, 'PUT', path, { type: 'application/yaml', text }).catch(
    (error: unknown) => {
      // The server checks the plan against the workspace and names the field; the file has the line.
      const line = error instanceof CliError && error.field ? lineOfField(text, error.field) : undefined;
      if (line === undefined || /\(line \d+\)/.test((error as Error).message)) throw error;
      throw new CliError(`${file}, line ${line}: ${(error as Error).message}`);
    },
  );
  report((await response.json()) as ApplyResult);
  return 0;
}

function report(result: ApplyResult): void {
  const count = result.applied.length;
  if (count === 0) {
    console.log(`workspace ${result.workspaceId}: up to date, nothing to apply`);
    return;
  }
  const verb = result.dryRun ? 'would apply' : 'applied';
  console.log(`workspace ${result.workspaceId}: ${verb} ${count} change${count === 1 ? '' : 's'}`);
  const width = Math.max(...result.applied.map((change) => change.summary.length));
  for (const change of result.applied) console.log(`  ${change.summary.padEnd(width)}  (${change.path})`);
}
