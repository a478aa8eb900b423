import { useEffect, useState } from 'react';
import { useSignedIn } from '../session/session.tsx';

let offset: Promise<number> | undefined;

/**
 * The server's "now" in ms. Call times come from the server's clock, which may be a virtual
 * one (demos, tests) far from the browser's: durations and "today" are measured against it.
 * The offset is read once per page load.
 */
export function useServerNow(tickMs?: number): number | undefined {
  const { api } = useSignedIn();
  const [delta, setDelta] = useState<number>();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    offset ??= api
      .get<{ now: string }>('//clock')
      .then((clock) => Date.parse(clock.now) - Date.now())
      .catch(() => 0);
    let live = true;
    void offset.then((value) => live && setDelta(value));
    return () => {
      live = false;
    };
  }, [api]);
  useEffect(() => {
    if (!tickMs) return;
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return delta === undefined ? undefined : now + delta;
}
