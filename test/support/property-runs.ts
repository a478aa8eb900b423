/**
 * How many cases a fast-check property tries: the count the test names, sized so the suite
 * stays fast, or more when SB_PROPERTY_RUNS asks for a deeper search (e.g.
 * `SB_PROPERTY_RUNS=5000 npx vitest run src/engine` after changing the engine). A failure
 * prints fast-check's seed and path, which reproduce it at any count.
 */
export function propertyRuns(runs: number): number {
  const deeper = Number(process.env.SB_PROPERTY_RUNS);
  return Number.isInteger(deeper) && deeper > runs ? deeper : runs;
}
