import { useEffect, useState } from 'react';

/**
 * Waits as they grow, second by second. The board's times are the server's clock (a virtual
 * one in demos and tests), so a wait is the server's "now" at the last answer plus the time
 * this page has counted since, never the browser's clock against the server's.
 */
export function useBoardClock(serverNow: string | undefined) {
  const [anchor, setAnchor] = useState<{ server: number; local: number }>();
  const [, setTick] = useState(0);
  useEffect(() => {
    if (serverNow) setAnchor({ server: Date.parse(serverNow), local: Date.now() });
  }, [serverNow]);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 1_000);
    return () => clearInterval(timer);
  }, []);
  return (since: string) =>
    anchor ? Math.max(0, anchor.server + (Date.now() - anchor.local) - Date.parse(since)) : 0;
}
