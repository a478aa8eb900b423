/** What `apply` and `export` share: where the server is, the token, and readable HTTP errors. */
export class CliError extends Error {
  /** The server's error names the field it refused (users[2].mobile), when it does. */
  field?: string;
}

export interface Remote {
  url: string;
  token: string;
}

export function remoteFrom(values: { url?: string; token?: string }): Remote {
  const url = (values.url ?? process.env.SWITCHBOARD_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, '');
  const token = values.token ?? process.env.SWITCHBOARD_TOKEN;
  if (!token) throw new CliError('no token: pass --token KEY or set SWITCHBOARD_TOKEN');
  return { url, token };
}

/** Sends a request to the server; a refusal becomes a CliError with the server's message. */
export async function call(
  remote: Remote,
  method: string,
  path: string,
  body?: { type: string; text: string },
): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${remote.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${remote.token}`, ...(body ? { 'content-type': body.type } : {}) },
      body: body?.text,
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new CliError(`cannot reach ${remote.url} (${cause}): is \`switchboard serve\` running there?`);
  }
  if (response.ok) return response;
  const text = await response.text();
  let message = text;
  let field: string | undefined;
  try {
    const error = (JSON.parse(text) as { error?: { message?: string; field?: string } }).error;
    message = error?.message ?? text;
    field = error?.field;
  } catch {
    // Not JSON: show the text as it came.
  }
  const refused = new CliError(`${method} ${path}: ${response.status} ${message}`);
  if (field) refused.field = field;
  throw refused;
}
