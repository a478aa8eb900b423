import { invalid } from './errors.ts';

export const maxWebchatOrigins = 50;

/**
 * The sites allowed to embed a workspace's web-chat widget, each a web origin
 * (`https://shop.example.com`, a port if not the scheme's own): scheme and host only, as
 * browsers send them in `Origin` and match them in `frame-ancestors`. Lower-cased, without
 * duplicates, in the order given.
 */
export function checkWebchatOrigins(origins: readonly string[], field = 'webchatOrigins'): string[] {
  if (!Array.isArray(origins)) throw invalid(field, `${field} must be a list of origins`);
  if (origins.length > maxWebchatOrigins)
    throw invalid(field, `${field} lists at most ${maxWebchatOrigins} origins`);
  const checked: string[] = [];
  origins.forEach((origin, i) => {
    const normal = webOrigin(origin);
    if (!normal)
      throw invalid(
        `${field}[${i}]`,
        `${field}[${i}] must be an origin such as https://shop.example.com (scheme and host, no path)`,
      );
    if (!checked.includes(normal)) checked.push(normal);
  });
  return checked;
}

/** `https://host[:port]` as a browser writes it, or undefined if `text` is not just that. */
function webOrigin(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.length > 300) return undefined;
  const trimmed = text.trim().replace(/\/$/, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return undefined;
  return url.origin === trimmed.toLowerCase() ? url.origin : undefined;
}
