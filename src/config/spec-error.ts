import { DomainError } from '../domain/errors.ts';

/** A place in a spec: ['users', 2, 'mobile'] is written users[2].mobile. */
export type SpecPath = (string | number)[];

export function formatPath(path: SpecPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** Finds the line of a path in the source text, when the spec came from YAML. */
export type Locate = (path: SpecPath) => number | undefined;

/** A bad spec: the error names the path (users[2].mobile) in its field and message. */
export function specError(path: SpecPath | string, message: string, locate?: Locate): DomainError {
  const field = typeof path === 'string' ? path : formatPath(path);
  const line = typeof path === 'string' ? undefined : locate?.(path);
  const where = line === undefined ? '' : ` (line ${line})`;
  return new DomainError(
    'validation',
    field ? `${field}: ${message}${where}` : `${message}${where}`,
    field || undefined,
  );
}
