import { useEffect, useRef, useState } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { useSignedIn } from '../session/session.tsx';

/**
 * The server's time, ticking every second. Waiting times are measured against the server's
 * clock, not the browser's: the two may differ, and a demo or test server runs a virtual one.
 */
export function useServerNow(): number {
  const { api } = useSignedIn();
  const offset = useRef(0);
  const [now, setNow] = useState(() => Date.now());

  const sync = () => {
    const asked = Date.now();
    api
      .get<{ now: string }>('//clock')
      .then(({ now: server }) => {
        offset.current = Date.parse(server) - (asked + Date.now()) / 2;
        setNow(Date.now() + offset.current);
      })
      .catch(() => {});
  };

  useStreamEvents((event) => {
    if (event.type === 'hello') sync();
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: sync once per signed-in API.
  useEffect(() => {
    sync();
    const timer = setInterval(() => setNow(Date.now() + offset.current), 1_000);
    return () => clearInterval(timer);
  }, [api.workspaceId]);

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
