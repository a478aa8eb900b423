import { ApiError } from '../../api/client.ts';

/** The server's refusal for one field, when it names that field (ApiError.field). */
export function serverErrorFor(error: unknown, field: string): string | undefined {
  return error instanceof ApiError && error.field === field ? error.message : undefined;
}

/**
 * A refusal that names none of the form's fields (a licence, a permission, a conflict
 * elsewhere): shown once above the buttons instead of under an input.
 */
export function formLevelError(error: unknown, fields: readonly string[]): unknown {
  if (!error) return undefined;
  if (error instanceof ApiError && error.field && fields.some((field) => matches(error.field!, field)))
    return undefined;
  return error;
}

/** `phones[2]` belongs to the `phones` list; `capacity.chat` to its own input. */
function matches(actual: string, field: string): boolean {
  return actual === field || actual.startsWith(`${field}[`);
}
