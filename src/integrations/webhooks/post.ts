import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, refusedLiteral } from './ssrf.ts';

export interface PostResult {
  status?: number;
  error?: string;
  ms: number;
}

/** One delivery attempt: POSTs the body, reads (and drops) at most a little of the answer. */
export function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => performance.now() - started;
  const target = new URL(url);
  if (refusedLiteral(target, options.allowPrivate))
    return Promise.resolve({ error: `${target.hostname} is a private address`, ms: 0 });
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
        lookup: guardedLookup(options.allowPrivate),
        timeout: options.timeoutMs,
      },
      (response) => {
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > 64 * 1024) response.destroy();
        });
        response.on('close', () => resolve({ status: response.statusCode, ms: elapsed() }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error) => resolve({ error: error.message, ms: elapsed() }));
    req.end(body);
  });
}
