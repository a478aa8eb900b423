import type { ReadAnswer, ReadPath } from '../../../src/api/routes.ts';

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

export interface ApiOptions {
  token?: string;
  body?: unknown;
  signal?: AbortSignal;
}

/** One request to the Switchboard API; rejects with ApiError for any non-2xx answer. */
export async function request<T>(method: string, path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`/v1${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const error = parsed?.error ?? {};
    throw new ApiError(
      response.status,
      error.code ?? 'error',
      error.message ?? response.statusText,
      error.field,
    );
  }
  return parsed as T;
}

/**
 * The API as one signed-in user sees it: paths are relative to their workspace
 * (`/users` means `/v1/workspaces/{id}/users`) unless they start with `//` (`//me`).
 */
export interface Api {
  workspaceId: string;
  /** A GET typed by its route (src/api/routes.ts): the compiler checks the path and the answer. */
  read<P extends ReadPath>(path: P): Promise<ReadAnswer<P>>;
  /** A GET of a route not yet in src/api/routes.ts: the caller names the answer's type. */
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  del<T>(path: string): Promise<T>;
}

export function workspaceApi(token: string, workspaceId: string): Api {
  const full = (path: string) =>
    path.startsWith('//') ? path.slice(1) : `/workspaces/${encodeURIComponent(workspaceId)}${path}`;
  const send = <T>(method: string, path: string, body?: unknown) =>
    request<T>(method, full(path), { token, body });
  return {
    workspaceId,
    read: (path) => send('GET', path),
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body ?? {}),
    put: (path, body) => send('PUT', path, body ?? {}),
    patch: (path, body) => send('PATCH', path, body ?? {}),
    del: (path) => send('DELETE', path),
  };
}
