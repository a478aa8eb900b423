/** A rule of the domain refused a command. Carries what the API shows: a code, a message, the field. */
export type DomainErrorCode =
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'plan_required'
  | 'insufficient_balance'
  | 'licence_required';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (field: string, message: string) => new DomainError('validation', message, field);
export const notFound = (what: string, id: string, field?: string) =>
  new DomainError('not_found', `${what} ${id} does not exist`, field);
export const conflict = (message: string, field?: string) => new DomainError('conflict', message, field);
