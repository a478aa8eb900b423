import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type AppliedChange, applySpec } from '../config/apply.ts';
import type { WorkspaceSpec } from '../config/spec.ts';
import type { Switchboard } from '../server/switchboard.ts';

/** The demo workspace shipped with the project, found beside the code rather than the working directory. */
export const demoFile = fileURLToPath(new URL('../../demo/workspace.yaml', import.meta.url));

/** The same demo as a business in each language writes it (Spanish: Ventas, Soporte, Spanish greetings). */
export const demoFiles = {
  en: demoFile,
  es: fileURLToPath(new URL('../../demo/workspace.es.yaml', import.meta.url)),
} as const;
export type DemoLanguage = keyof typeof demoFiles;
export const demoLanguages = Object.keys(demoFiles) as DemoLanguage[];

export interface Demo {
  spec: WorkspaceSpec;
  applied: AppliedChange[];
}

/**
 * `serve --demo` with no language: both demos side by side, each a workspace of its own with
 * the same people, so the log-in page offers the one in the language of whoever signs in.
 */
export const bothDemos: Array<{ language: DemoLanguage; workspaceId: string }> = [
  { language: 'en', workspaceId: 'demo' },
  { language: 'es', workspaceId: 'demo-es' },
];

/**
 * Applies the demo spec in-process, through the same code as PUT /config; `workspaceId`
 * puts it in a workspace of another id (the Spanish one beside the English).
 */
export async function applyDemo(
  switchboard: Switchboard,
  language: DemoLanguage = 'en',
  workspaceId?: string,
): Promise<Demo> {
  // Loaded with --demo only: a plain start does not load the YAML package (issue 16 goal 3).
  const { parseSpecYaml } = await import('../config/parse.ts');
  const spec = parseSpecYaml(await readFile(demoFiles[language], 'utf8'));
  if (workspaceId) spec.workspace.id = workspaceId;
  const applied = await applySpec(switchboard, spec, {
    actor: { kind: 'admin' },
  });
  return { spec, applied };
}

/** The demo's sign-ins, for the console: the demo passwords are public by design. */
export function demoSignIns(spec: WorkspaceSpec): string[] {
  const users = (spec.users ?? []).filter((user) => user.password);
  const width = Math.max(...users.map((user) => user.email.length));
  return users.map(
    (user) => `  ${user.email.padEnd(width)}  ${user.password}  (${user.role ?? 'agent'}, ${user.name})`,
  );
}
