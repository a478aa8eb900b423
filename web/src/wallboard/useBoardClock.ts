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

/** 75 s → "1:15"; an hour or more → "1:02:05". */
export function clockText(ms: number): string {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
