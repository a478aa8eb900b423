import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core, injected into the page as it is: the checker screen-reader audits use. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * What axe finds against the WCAG 2 A and AA rules plus its best practices, on the page once its
 * reads are answered, one line per rule broken. axe is injected once per page load: a walk that
 * follows the console's links (openWithin) checks every screen with the copy it injected first.
 */
export async function axeViolations({
  page,
  settled,
}: {
  page: Page;
  settled: () => Promise<void>;
}): Promise<string[]> {
  await settled();
  // Strings, not functions: this project's TypeScript has no DOM types outside web/.
  if (!(await page.evaluate("typeof axe !== 'undefined'"))) {
    // Evaluated, not added as an inline <script>: the console's CSP rightly refuses inline scripts.
    await page.evaluate(axeSource);
  }
  const found = (await page.evaluate(
    "axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }).then((result) => result.violations)",
  )) as Violation[];
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}
