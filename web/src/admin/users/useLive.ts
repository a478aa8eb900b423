import { useStreamEvents } from '../../api/stream.tsx';
import { follows, type Topic } from '../../api/stream-topics.ts';
import { type Resource, useResource } from '../../components/useResource.ts';

/**
 * A resource that reloads when the stream reports a change of one of `topics` (or
 * reconnects), so an admin sees what colleagues change without reloading the page.
 */
export function useLive<T>(load: () => Promise<T>, deps: unknown[], topics: readonly Topic[]): Resource<T> {
  const resource = useResource(load, deps);
  useStreamEvents((event) => {
    if (follows(event, topics)) resource.reload();
  });
  return resource;
}
