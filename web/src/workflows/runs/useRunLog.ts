import { useCallback, useEffect, useRef, useState } from 'react';
import { useStreamEvents } from '../../api/stream.tsx';
import { useSignedIn } from '../../session/session.tsx';
import type { WorkflowLogEvent } from '../types.ts';
import { workflowEventsAfter } from './runLog.ts';

/**
 * A workflow's whole log, kept up to date: live events for it (and every reconnect) read
 * on from the last event held, so what is shown never jumps or reloads from scratch.
 */
export function useRunLog(workflowId: string) {
  const { api } = useSignedIn();
  // The session's api object changes with the signed-in user (presence): not a reason to reload.
  const apiRef = useRef(api);
  apiRef.current = api;
  const [events, setEvents] = useState<WorkflowLogEvent[]>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const held = useRef({ workflowId, seq: 0, busy: false, again: false });

  const refresh = useCallback(async () => {
    const state = held.current;
    if (state.busy) {
      state.again = true;
      return;
    }
    state.busy = true;
    setLoading(true);
    try {
      do {
        state.again = false;
        const fresh = await workflowEventsAfter(apiRef.current, workflowId, state.seq);
        if (held.current !== state) return;
        if (fresh.length > 0) {
          state.seq = fresh.at(-1)!.seq;
          setEvents((previous) => [...(previous ?? []), ...fresh]);
        } else setEvents((previous) => previous ?? []);
        setError(undefined);
      } while (state.again);
    } catch (caught) {
      if (held.current === state) setError(caught as Error);
    } finally {
      state.busy = false;
      if (held.current === state) setLoading(false);
    }
  }, [workflowId]);

  useEffect(() => {
    held.current = { workflowId, seq: 0, busy: false, again: false };
    setEvents(undefined);
    void refresh();
  }, [workflowId, refresh]);

  useStreamEvents((event) => {
    if (
      event.type === 'hello' ||
      (event.type.startsWith('workflow.') && event.data?.workflowId === workflowId)
    )
      void refresh();
  });

  return { events, error, loading, refresh };
}
