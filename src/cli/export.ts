import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { CliError, call, remoteFrom } from './client.ts';
import { usage } from './usage.ts';

/** `switchboard export WORKSPACE_ID`: the workspace's spec as YAML, to stdout or a file. */
export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage.export);
    return 0;
  }
  const [workspaceId, ...extra] = positionals;
  if (!workspaceId || extra.length > 0)
    throw new CliError(`export takes one WORKSPACE_ID\n\n${usage.export}`);
  const remote = remoteFrom(values);
  const response = await call(remote, 'GET', `/v1/workspaces/${encodeURIComponent(workspaceId)}/config`);
  const yaml = await response.text();
  if (!values.output) {
    process.stdout.write(yaml);
    return 0;
  }
  await writeFile(values.output, yaml);
  console.error(`wrote ${values.output}`);
  return 0;
}
