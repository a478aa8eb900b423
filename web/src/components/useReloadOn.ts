import { useRef } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { follows, type Topic } from '../api/stream-topics.ts';

/** The least time between two reloads of one screen while messages keep coming. */
const minGapMs = 250;

/**
 * Calls `reload` when the stream brings a message of one of `topics` (and on every
 * (re)connect or reload): at once for the first, once for all the messages of one commit, and
 * under a steady flow at most once every quarter second. A supervisor's stream carries every
 * call of a busy centre: reloading per commit read the live board dozens of times a second,
 * and waiting for a pause instead (the wallboard, the inbox) froze them while calls kept coming.
 */
export function useReloadOn(topics: readonly Topic[], reload: () => void): void {
  const scheduled = useRef(false);
  const lastAt = useRef(Number.NEGATIVE_INFINITY);
  useStreamEvents((event) => {
    if (!follows(event, topics) || scheduled.current) return;
    scheduled.current = true;
    setTimeout(
      () => {
        scheduled.current = false;
        lastAt.current = Date.now();
        reload();
      },
      Math.max(0, lastAt.current + minGapMs - Date.now()),
    );
  });
}
