import { useRef } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { follows, type Topic } from '../api/stream-topics.ts';

/**
 * Calls `reload` when the stream brings a message of one of `topics` (and on every
 * (re)connect or reload), once for all the messages of one commit.
 */
export function useReloadOn(topics: readonly Topic[], reload: () => void): void {
  const scheduled = useRef(false);
  useStreamEvents((event) => {
    if (!follows(event, topics)) return;
    if (scheduled.current) return;
    scheduled.current = true;
    setTimeout(() => {
      scheduled.current = false;
      reload();
    }, 0);
  });
}
