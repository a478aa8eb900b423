import { useEffect, useState } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { useSignedIn } from '../session/session.tsx';

/** How far the server's clock is ahead of the browser's, in ms; shared by every user of the hook. */
let delta: number | undefined;
let asked = false;
const listeners = new Set<() => void>();

function setDelta(next: number): void {
  if (delta !== undefined && Math.abs(next - delta) < 500) return;
  delta = next;
  for (const listener of listeners) listener();
}

/**
 * The server's "now" in ms, refreshed every `tickMs`. Call times come from the server's
 * clock, which may be a virtual one (demos, tests) far from the browser's: durations and
 * "today" are measured against it. It is read once, then moved forward by the times of
 * the events the stream brings (a virtual clock jumps when advanced).
 */
export function useServerNow(tickMs?: number): number | undefined {
  const { api } = useSignedIn();
  const [, setVersion] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const listener = () => setVersion((version) => version + 1);
    listeners.add(listener);
    if (!asked) {
      asked = true;
      api
        .get<{ now: string }>('//clock')
        .then((clock) => setDelta(Date.parse(clock.now) - Date.now()))
        .catch(() => setDelta(0));
    }
    return () => {
      listeners.delete(listener);
    };
  }, [api]);

  useStreamEvents((event) => {
    if (!event.at || delta === undefined) return;
    const seen = Date.parse(event.at) - Date.now();
    if (seen > delta) setDelta(seen);
  });

  useEffect(() => {
    if (!tickMs) return;
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);

  return delta === undefined ? undefined : now + delta;
}
