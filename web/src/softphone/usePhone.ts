import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveCall } from '../api/calls.ts';
import { useStreamEvents } from '../api/stream.tsx';
import { follows } from '../api/stream-topics.ts';
import { AnswerOrder } from '../components/answer-order.ts';
import { useSignedIn } from '../session/session.tsx';
import type { PhoneLine } from './types.ts';

export interface PhoneState {
  loaded: boolean;
  lines: PhoneLine[];
  /** Each line's call as the engine holds it: held, the transfer in progress, its legs. */
  calls: Record<string, LiveCall | undefined>;
}

/**
 * The signed-in person's phone: its lines (ringing, dialling, connected) and their calls.
 * It reloads when the stream says one of their calls changed (an agent's stream carries
 * the events of the calls they have a leg in) and on every (re)connect; several events of
 * one commit cause one reload.
 */
export function usePhone(): PhoneState & { reload(): void } {
  const { api, session } = useSignedIn();
  const userId = session.user.id;
  const [state, setState] = useState<PhoneState>({ loaded: false, lines: [], calls: {} });
  const order = useRef(new AnswerOrder()).current;
  const scheduled = useRef(false);

  const load = useCallback(async () => {
    const mine = order.start();
    try {
      const phone = await api.get('/users/{userId}/phone', { path: { userId } });
      const callIds = [...new Set(phone.lines.map((line) => line.callId))];
      const details = await Promise.all(
        callIds.map((callId) =>
          api.get('/calls/{callId}', { path: { callId } }).then(
            (call) => [callId, call.live] as const,
            () => [callId, undefined] as const,
          ),
        ),
      );
      // Any answer newer than the one shown (AnswerOrder): a call declined or ended meanwhile
      // must not stay ringing here while events keep coming.
      if (!order.take(mine)) return;
      setState({ loaded: true, lines: phone.lines, calls: Object.fromEntries(details) });
    } catch {
      // Keep what is shown; the next event or reconnect loads again.
      setState((previous) => (previous.loaded ? previous : { ...previous, loaded: true }));
    }
  }, [api, userId, order]);

  const reload = useCallback(() => {
    if (scheduled.current) return;
    scheduled.current = true;
    setTimeout(() => {
      scheduled.current = false;
      void load();
    }, 0);
  }, [load]);

  useEffect(reload, [reload]);

  useStreamEvents((event) => {
    // Transfers move legs too (the target rings, the initiator is freed).
    if (follows(event, ['call.*', 'transfer.*'])) reload();
  });

  return { ...state, reload };
}
