import { stringify } from 'yaml';
import type { WorkspaceSpec } from './spec.ts';

// Apart from export.ts so that the server loads the YAML package only when a request asks for
// YAML, not at every start (issue 16 goal 3).

/** A spec as YAML, the form people keep in a repository. */
export function specToYaml(spec: WorkspaceSpec): string {
  const header = `# Switchboard workspace ${spec.workspace.id}: apply with \`switchboard apply FILE\`.\n`;
  return header + stringify(spec, { lineWidth: 0 });
}
