import { useRef } from 'react';
import { useStreamEvents } from '../api/stream.tsx';

/**
 * Calls `reload` when the stream brings an event whose type starts with one of `prefixes`
 * (and on every (re)connect), once for all the events of one commit.
 */
export function useReloadOn(prefixes: string[], reload: () => void): void {
  const scheduled = useRef(false);
  useStreamEvents((event) => {
    if (event.type !== 'hello' && !prefixes.some((prefix) => event.type.startsWith(prefix))) return;
    if (scheduled.current) return;
    scheduled.current = true;
    setTimeout(() => {
      scheduled.current = false;
      reload();
    }, 0);
  });
}
