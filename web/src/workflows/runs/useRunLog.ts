import { useCallback, useEffect, useRef, useState } from 'react';
import { useStreamEvents } from '../../api/stream.tsx';
import { isFresh, workflowIdOf } from '../../api/stream-topics.ts';
import { useSignedIn } from '../../session/session.tsx';
import type { WorkflowLogEvent } from '../types.ts';
import { runEventsPage, runEventsSince } from './runLog.ts';

type Read = 'newer' | 'older';

interface Held {
  workflowId: string;
  /** The newest event held: live updates read on from it. */
  seq: number;
  /** The cursor to older events, while there are any. */
  before?: number;
  loaded: boolean;
  busy: boolean;
  /** Reads asked for while one was running: each runs once after it. */
  wanted: Set<Read>;
}

const fresh = (workflowId: string): Held => ({
  workflowId,
  seq: 0,
  loaded: false,
  busy: false,
  wanted: new Set(),
});

/**
 * A workflow's run log from its newest end, kept up to date: it opens on the newest page,
 * live events (and every reconnect) read on from the newest event held, and `older()` adds the
 * page before the oldest one held. What is shown never jumps or reloads from scratch.
 */
export function useRunLog(workflowId: string) {
  const { api } = useSignedIn();
  // The session's api object changes with the signed-in user (presence): not a reason to reload.
  const apiRef = useRef(api);
  apiRef.current = api;
  const [events, setEvents] = useState<WorkflowLogEvent[]>();
  const [hasOlder, setHasOlder] = useState(false);
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const held = useRef(fresh(workflowId));

  const readNewer = useCallback(
    async (state: Held) => {
      if (!state.loaded) {
        const page = await runEventsPage(apiRef.current, workflowId);
        if (held.current !== state) return;
        state.loaded = true;
        state.before = page.before;
        state.seq = page.events.at(-1)?.seq ?? 0;
        setHasOlder(page.before !== undefined);
        setEvents(page.events);
        return;
      }
      const newer = await runEventsSince(apiRef.current, workflowId, state.seq);
      if (held.current !== state || newer.length === 0) return;
      state.seq = newer.at(-1)!.seq;
      setEvents((previous) => [...(previous ?? []), ...newer]);
    },
    [workflowId],
  );

  const readOlder = useCallback(
    async (state: Held) => {
      if (state.before === undefined) return;
      const page = await runEventsPage(apiRef.current, workflowId, state.before);
      if (held.current !== state) return;
      state.before = page.before;
      setHasOlder(page.before !== undefined);
      setEvents((previous) => [...page.events, ...(previous ?? [])]);
    },
    [workflowId],
  );

  /** One read at a time, so pages never overlap or arrive out of order. */
  const read = useCallback(
    async (kind: Read) => {
      const state = held.current;
      state.wanted.add(kind);
      if (state.busy) return;
      state.busy = true;
      setLoading(true);
      try {
        while (state.wanted.size > 0 && held.current === state) {
          const next: Read = state.wanted.has('newer') ? 'newer' : 'older';
          state.wanted.delete(next);
          await (next === 'newer' ? readNewer(state) : readOlder(state));
          if (held.current === state) setError(undefined);
        }
      } catch (caught) {
        state.wanted.clear();
        if (held.current === state) setError(caught as Error);
      } finally {
        state.busy = false;
        if (held.current === state) setLoading(false);
      }
    },
    [readNewer, readOlder],
  );

  const refresh = useCallback(() => read('newer'), [read]);
  const older = useCallback(() => read('older'), [read]);

  useEffect(() => {
    held.current = fresh(workflowId);
    setEvents(undefined);
    setHasOlder(false);
    void refresh();
  }, [workflowId, refresh]);

  useStreamEvents((event) => {
    if (isFresh(event) || workflowIdOf(event) === workflowId) void refresh();
  });

  return { events, hasOlder, error, loading, refresh, older };
}
