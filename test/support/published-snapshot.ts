import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The committed snapshot of a versioned contract (stream messages, history entries): keys such
 * as `call.held.v1`. With SB_UPDATE_MESSAGES=1 the keys `current` has and the snapshot lacks are
 * added first; a published key is never rewritten, so changing one takes a new version.
 */
export function publishedSnapshot(file: URL, current: Record<string, unknown>): Record<string, unknown> {
  if (process.env.SB_UPDATE_MESSAGES === '1') {
    const published = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(current)) if (!(key in published)) published[key] = value;
    writeFileSync(file, `${JSON.stringify(published, null, 2)}\n`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** A schema's shape: what a client's parser depends on, descriptions aside. */
export function schemaShape(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(schemaShape);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== 'description')
      .map(([key, value]) => [key, schemaShape(value)]),
  );
}
