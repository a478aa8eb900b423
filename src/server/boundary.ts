import type { FastifyRequest } from 'fastify';
import type { App } from './context.ts';
import { HttpError, unauthorized } from './errors.ts';

/** Deeper than any spec or command needs; bounds every walk over a body (issue 12 item 4). */
export const maxJsonDepth = 32;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answers without a principal (log-in, the web-chat widget); every other /v1 route needs one. */
    public?: boolean;
  }
}

const invalidJson = 'body is not valid JSON, or holds a __proto__ or constructor.prototype key';

/**
 * How deep a JSON text nests, counted without parsing it, and stopping once past `limit`:
 * a 100,000-deep body is refused before any recursion can see it.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
      continue;
    }
    if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

/**
 * The first number that is not finite (1e999 parses to Infinity), as a field path; undefined if none.
 * Every request's params, query and body pass here: a path is built only on the way down to
 * an object, an array or a bad number, not for every field (calls bench).
 */
export function nonFiniteField(value: unknown, path = '', depth = 0): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path || 'body';
  if (value === null || typeof value !== 'object' || depth > maxJsonDepth) return undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      if (!mayHoldNonFinite(value[index])) continue;
      const found = nonFiniteField(value[index], `${path}[${index}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!mayHoldNonFinite(record[key])) continue;
    const found = nonFiniteField(record[key], path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const mayHoldNonFinite = (value: unknown): boolean =>
  typeof value === 'number' ? !Number.isFinite(value) : value !== null && typeof value === 'object';

interface BodySchema {
  type?: string;
  required?: string[];
}

/**
 * The request boundary every route shares: bodies bounded in depth, empty bodies for actions
 * that take no fields, and numbers that are not finite refused after the schema has typed them.
 */
export function registerBoundary(app: App): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    // An action that takes no fields may be sent with a JSON content type and nothing in it (item 16).
    if (text.trim() === '') return done(null, undefined);
    if (jsonDepthExceeds(text, maxJsonDepth))
      return done(
        new HttpError(400, 'validation', `body is nested deeper than ${maxJsonDepth} levels`, 'body'),
        undefined,
      );
    // Not JSON, or a key that would replace a prototype (__proto__, constructor.prototype).
    parseJson(request, text, (error, parsed) =>
      error ? done(new HttpError(400, 'validation', invalidJson, 'body'), undefined) : done(null, parsed),
    );
  });

  // Hooks of every request take a callback, not a promise: a microtask less each (calls bench).
  app.addHook('preValidation', (request: FastifyRequest, _reply, done) => {
    const schema = request.routeOptions.schema?.body as BodySchema | undefined;
    if (request.body === undefined && schema?.type === 'object' && !schema.required?.length)
      request.body = {};
    done();
  });
  app.addHook('preHandler', (request: FastifyRequest, _reply, done) => {
    rejectNonFinite(request);
    done();
  });
}

/**
 * Inside /v1: a route answers an anonymous caller 401 before reading the body or validating
 * anything, so the schema (field names, limits) is told only to those allowed to use it
 * (issue 12 item 12). Routes open to anyone say so with `config: { public: true }`.
 */
export function registerAuthenticatedByDefault(app: App): void {
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (!request.principal && !request.routeOptions.config.public) return done(unauthorized());
    done(null, payload);
  });
}

/** Schema coercion turns "Infinity" and "1e999" into numbers; no route takes one (item 3). */
function rejectNonFinite(request: FastifyRequest): void {
  for (const part of ['params', 'query', 'body'] as const) {
    const field = nonFiniteField(request[part]);
    if (field !== undefined)
      throw new HttpError(400, 'validation', `${field} must be a finite number`, field);
  }
}
