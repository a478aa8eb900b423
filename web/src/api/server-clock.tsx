import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { useSignedIn } from '../session/session.tsx';
import { useStreamEvents } from './stream.tsx';

const OffsetContext = createContext<{ current: number }>({ current: 0 });

/**
 * The server's clock for the whole console. Call, wait and presence times are the server's:
 * they are measured against its "now", never the browser's, which may differ (and a demo or
 * test server runs a virtual clock). The offset is read on sign-in and on every reconnect.
 */
export function ServerClockProvider({ children }: { children: ReactNode }) {
  const { api } = useSignedIn();
  const offset = useRef(0);

  const sync = () => {
    const asked = Date.now();
    api
      .get<{ now: string }>('//clock')
      .then(({ now }) => {
        // The server read its clock about halfway through the round trip.
        offset.current = Date.parse(now) - (asked + Date.now()) / 2;
      })
      .catch(() => {});
  };

  useStreamEvents((event) => {
    if (event.type === 'hello') sync();
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per signed-in workspace.
  useEffect(sync, [api.workspaceId]);

  return <OffsetContext.Provider value={offset}>{children}</OffsetContext.Provider>;
}

/** The server's "now" in ms, ticking every `tickMs`. */
export function useServerNow(tickMs = 1_000): number {
  const offset = useContext(OffsetContext);
  const [now, setNow] = useState(() => Date.now() + offset.current);
  useEffect(() => {
    setNow(Date.now() + offset.current);
    const timer = setInterval(() => setNow(Date.now() + offset.current), tickMs);
    return () => clearInterval(timer);
  }, [offset, tickMs]);
  return now;
}

/** "4:05" or "1:02:09" from milliseconds. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1_000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
