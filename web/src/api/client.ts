import type { AnswerOf, BodyOf, InitArgument, Method, OperationOf, RouteOf } from './contract.ts';

/** The error body every API route answers with: `{ error: { code, message, field? } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

interface Sent {
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
}

/** A route with its parameters filled in, and its query: `/users/{userId}` → `/users/u%201`. */
export function fill(route: string, { path = {}, query = {} }: Sent): string {
  const filled = route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path[name];
    if (value === undefined) throw new Error(`${route}: no ${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) search.set(name, String(value));
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

/** One request to the Switchboard API; rejects with ApiError for any non-2xx answer. */
async function send(
  method: Method,
  url: string,
  token: string | undefined,
  body: unknown,
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  // A file (an uploaded prompt) goes as itself, with its own type; anything else as JSON.
  const file = body instanceof Blob;
  if (body !== undefined)
    headers['content-type'] = file ? body.type || 'application/octet-stream' : 'application/json';
  const response = await fetch(url, {
    method: method.toUpperCase(),
    headers,
    body: body === undefined ? undefined : file ? body : JSON.stringify(body),
  });
  if (response.ok) return response;
  const text = await response.text();
  const error = (text.startsWith('{') ? JSON.parse(text)?.error : undefined) ?? {};
  throw new ApiError(
    response.status,
    error.code ?? 'error',
    error.message ?? response.statusText,
    error.field,
  );
}

/** A JSON answer, or undefined for an empty one (204). */
async function json(response: Response): Promise<unknown> {
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/** A call of one method: the route names the operation, which types the rest and the answer. */
type Call<M extends Method, Scope extends string = string> = <R extends RouteOf<M> & Scope>(
  route: R,
  ...init: InitArgument<R, OperationOf<M, R>>
) => Promise<AnswerOf<OperationOf<M, R>>>;

/**
 * The API as one token sees it, typed by the contract (contract.ts): routes are relative to
 * the workspace (`/users/{userId}` means `/v1/workspaces/{id}/users/{userId}`) unless they start
 * with `//` (`//me`). There is no untyped call: a route the server does not serve, a missing
 * parameter, a body of the wrong shape or a wrong reading of the answer does not compile.
 */
export interface Api {
  workspaceId: string;
  get: Call<'get'>;
  post: Call<'post'>;
  put: Call<'put'>;
  patch: Call<'patch'>;
  del: Call<'delete'>;
  /** A GET whose answer is a file (a CSV report): the route and its parameters are checked. */
  file: File;
  /** A GET route's address, for what fetches it itself (an audio player). */
  url: Url;
  /** A PUT whose body is a file rather than JSON (a WAV prompt), sent with the file's type. */
  upload: Upload;
}

/** The PUT routes that take no JSON body: their body is a file. */
type UploadRoute = {
  [R in RouteOf<'put'>]: [BodyOf<OperationOf<'put', R>>] extends [never] ? R : never;
}[RouteOf<'put'>];

type Upload = <R extends UploadRoute>(
  route: R,
  file: Blob,
  ...init: InitArgument<R, OperationOf<'put', R>>
) => Promise<AnswerOf<OperationOf<'put', R>>>;

type Url = <R extends RouteOf<'get'>>(route: R, ...init: InitArgument<R, OperationOf<'get', R>>) => string;

/** A GET answered with a file rather than JSON. */
type File = <R extends RouteOf<'get'>>(
  route: R,
  ...init: InitArgument<R, OperationOf<'get', R>>
) => Promise<Blob>;

/** Without a body, a POST, PUT or PATCH sends `{}` (the server reads JSON for them). */
const bodyless = new Set<Method>(['post', 'put', 'patch']);

/** The URL of a route: in the workspace, or from the API's root after `//`. */
function urlOf(route: string, init: Sent, workspaceId: string | undefined): string {
  if (route.startsWith('//')) return fill(`/v1${route.slice(1)}`, init);
  if (workspaceId === undefined) throw new Error(`${route}: no workspace`);
  return fill(`/v1/workspaces/{workspaceId}${route}`, { ...init, path: { ...init.path, workspaceId } });
}

function caller<M extends Method, Scope extends string>(
  method: M,
  token: string | undefined,
  workspaceId: string | undefined,
): Call<M, Scope> {
  return ((route: string, init: Sent = {}) => {
    const body = init.body ?? (bodyless.has(method) ? {} : undefined);
    return send(method, urlOf(route, init, workspaceId), token, body).then(json);
  }) as Call<M, Scope>;
}

export function workspaceApi(token: string, workspaceId: string): Api {
  return {
    workspaceId,
    get: caller('get', token, workspaceId),
    post: caller('post', token, workspaceId),
    put: caller('put', token, workspaceId),
    patch: caller('patch', token, workspaceId),
    del: caller('delete', token, workspaceId),
    file: ((route: string, init: Sent = {}) =>
      send('get', urlOf(route, init, workspaceId), token, undefined).then((response) =>
        response.blob(),
      )) as File,
    url: ((route: string, init: Sent = {}) => urlOf(route, init, workspaceId)) as Url,
    upload: ((route: string, file: Blob, init: Sent = {}) =>
      send('put', urlOf(route, init, workspaceId), token, file).then(json)) as Upload,
  };
}

/** The routes from the API's root (`//sessions`, `//me`), with a token or none (signing in). */
export interface RootApi {
  get: Call<'get', `//${string}`>;
  post: Call<'post', `//${string}`>;
  put: Call<'put', `//${string}`>;
  patch: Call<'patch', `//${string}`>;
  del: Call<'delete', `//${string}`>;
}

export function rootApi(token?: string): RootApi {
  return {
    get: caller('get', token, undefined),
    post: caller('post', token, undefined),
    put: caller('put', token, undefined),
    patch: caller('patch', token, undefined),
    del: caller('delete', token, undefined),
  };
}
