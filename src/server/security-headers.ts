import type { App } from './context.ts';

/**
 * The policy of every page the server sends but the web-chat widget (which sends its own):
 * the console and /docs load scripts, styles and fonts from this server only, talk to this
 * server only (fetch and WebSocket), play audio fetched into blob: URLs, and are never framed.
 * No inline script or style is allowed, so an injected one does not run.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Swagger UI (/docs) sets inline styles from its bundle, so its pages allow inline style,
 * never inline script: a style cannot run code.
 */
export const docsContentSecurityPolicy = contentSecurityPolicy.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
);

const fixed: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-permitted-cross-domain-policies': 'none',
};

/**
 * Security headers on every answer (issue 12 item 11), as @fastify/helmet would set them,
 * without its per-route plumbing: a route that set its own Content-Security-Policy keeps it,
 * and frame protection follows that policy's frame-ancestors (X-Frame-Options: DENY unless
 * the page may be framed, which only the web-chat widget may).
 */
export function registerSecurityHeaders(app: App): void {
  // A callback, not a promise: it runs on every answer (a microtask less each).
  app.addHook('onSend', (request, reply, payload, done) => {
    for (const [name, value] of Object.entries(fixed)) if (!reply.hasHeader(name)) reply.header(name, value);
    if (!reply.hasHeader('content-security-policy'))
      reply.header(
        'content-security-policy',
        /^\/docs(\/|$|\?)/.test(request.url) ? docsContentSecurityPolicy : contentSecurityPolicy,
      );
    const policy = String(reply.getHeader('content-security-policy'));
    if (policy.includes("frame-ancestors 'none'") && !reply.hasHeader('x-frame-options'))
      reply.header('x-frame-options', 'DENY');
    done(null, payload);
  });
}
