import { useStreamEvents } from '../../api/stream.tsx';
import { type Resource, useResource } from '../../components/useResource.ts';

/**
 * A resource that reloads when the stream reports a change of one of `prefixes` (or
 * reconnects), so an admin sees what colleagues change without reloading the page.
 */
export function useLive<T>(
  load: () => Promise<T>,
  deps: unknown[],
  prefixes: readonly string[],
): Resource<T> {
  const resource = useResource(load, deps);
  useStreamEvents((event) => {
    if (event.type === 'hello' || prefixes.some((prefix) => event.type.startsWith(prefix))) resource.reload();
  });
  return resource;
}
