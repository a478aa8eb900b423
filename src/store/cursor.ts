/** Keyset pagination cursors: opaque to clients, (time, id) inside. */
export function encodeCursor(at: number, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { at: number; id: string } | undefined {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof at !== 'number' || typeof id !== 'string') return undefined;
    return { at, id };
  } catch {
    return undefined;
  }
}
