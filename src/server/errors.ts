import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorCode } from '../domain/errors.ts';
import { NotOwnerError, ShuttingDownError } from '../runtime/runtime.ts';

/** An HTTP-level refusal (auth, permissions) with the same body shape as domain errors. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const unauthorized = (message = 'sign in or send an API key: Authorization: Bearer <token>') =>
  new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);

const statusOf: Record<DomainErrorCode, number> = {
  validation: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  plan_required: 403,
  insufficient_balance: 402,
  licence_required: 402,
};

export interface ErrorBody {
  error: { code: string; message: string; field?: string; requestId?: string };
}

const body = (code: string, message: string, field?: string): ErrorBody => ({
  error: field ? { code, message, field } : { code, message },
});

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns the first schema violation into a field path such as `capacity.chat`. */
function validationField(issue: ValidationIssue): string {
  const path = issue.instancePath.split('/').filter(Boolean);
  if (issue.keyword === 'required') path.push(String(issue.params.missingProperty));
  if (issue.keyword === 'additionalProperties') path.push(String(issue.params.additionalProperty));
  if (issue.keyword === 'discriminator') path.push(String(issue.params.tag));
  return path.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

function validationMessage(issue: ValidationIssue, field: string): string {
  if (issue.keyword === 'additionalProperties') return `${field} is not a known field`;
  if (issue.keyword === 'required') return `${field} is required`;
  if (issue.keyword === 'discriminator')
    return issue.params.error === 'mapping'
      ? `${field} "${String(issue.params.tagValue)}" is not a kind this takes`
      : `${field} is required, as a string`;
  return `${field || 'body'} ${issue.message ?? 'is invalid'}`;
}

const depth = (issue: ValidationIssue) =>
  issue.instancePath.split('/').filter(Boolean).length +
  (['required', 'additionalProperties', 'discriminator'].includes(issue.keyword) ? 1 : 0);

/**
 * A value failing a union (a nullable field, say) yields one issue per branch: the deepest
 * one names the real field, and a plain type mismatch lists every type it could have been.
 */
function mostSpecific(issues: ValidationIssue[]): { issue: ValidationIssue; message?: string } {
  const concrete = issues.filter((issue) => issue.keyword !== 'anyOf' && issue.keyword !== 'oneOf');
  if (concrete.length === 0) return { issue: issues[0]! };
  const deepest = Math.max(...concrete.map(depth));
  const candidates = concrete.filter((issue) => depth(issue) === deepest);
  const types = candidates
    .filter((issue) => issue.keyword === 'type')
    .map((issue) => String(issue.params.type));
  if (types.length === candidates.length && types.length > 1) {
    const field = validationField(candidates[0]!);
    return { issue: candidates[0]!, message: `${field} must be ${types.join(' or ')}` };
  }
  return { issue: candidates.find((issue) => issue.keyword !== 'type') ?? candidates[0]! };
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (error.validation && error.validation.length > 0) {
    const { issue, message } = mostSpecific(error.validation as unknown as ValidationIssue[]);
    const field = validationField(issue);
    reply
      .status(400)
      .send(body('validation', message ?? validationMessage(issue, field), field || undefined));
    return;
  }
  if (error instanceof DomainError) {
    reply.status(statusOf[error.code]).send(body(error.code, error.message, error.field));
    return;
  }
  if (error instanceof HttpError) {
    reply.status(error.status).send(body(error.code, error.message, error.field));
    return;
  }
  if (error instanceof NotOwnerError) {
    // P2: the workspace changed hands during the request; nothing was acknowledged.
    reply.status(503).header('retry-after', '1').send(body('unavailable', error.message));
    return;
  }
  if (error instanceof ShuttingDownError) {
    reply.status(503).send(body('unavailable', error.message));
    return;
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    // What went wrong stays in the log, found by the request id; the caller learns nothing of it.
    request.log.error({ err: error, requestId: request.id }, 'request failed');
    reply
      .status(status)
      .send({ error: { code: 'internal', message: 'internal error', requestId: request.id } });
    return;
  }
  reply.status(status).send(body((error.code ?? 'bad_request').toLowerCase(), error.message));
}
