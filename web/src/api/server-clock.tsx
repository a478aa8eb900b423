import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useSignedIn } from '../session/session.tsx';
import { useStreamEvents } from './stream.tsx';

/** Server time minus browser time, in ms; undefined until the server has answered once. */
const OffsetContext = createContext<number | undefined>(undefined);

/**
 * The server's clock for the whole console. Call, wait and presence times are the server's:
 * they are measured against its "now", never the browser's, which may differ (and a demo or
 * test server runs a virtual clock). The offset is read on sign-in and on every reconnect.
 */
export function ServerClockProvider({ children }: { children: ReactNode }) {
  const { api } = useSignedIn();
  const [offset, setOffset] = useState<number>();

  const sync = () => {
    const asked = Date.now();
    api
      .get('//clock')
      .then(({ now }) => {
        // The server read its clock about halfway through the round trip.
        setOffset(Date.parse(now) - (asked + Date.now()) / 2);
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

/**
 * The server's "now" in ms, ticking every `tickMs`; undefined until the server's clock is
 * known (a "today" or a wait measured with the browser's clock could be far off).
 */
export function useServerNow(tickMs = 1_000): number | undefined {
  const offset = useContext(OffsetContext);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);
  return offset === undefined ? undefined : now + offset;
}

/** "4:05" or "1:02:09" from milliseconds. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1_000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
