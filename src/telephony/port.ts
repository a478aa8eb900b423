import type { StoredEvent } from '../engine/events.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { type Effect, effectRuns } from './effects.ts';

/**
 * A telephony driver: executes effects on a phone network (simulated or a real provider)
 * and reports what happens there back to the engine as commands. It never blocks the
 * engine: `execute` must return quickly and do slow work on its own time.
 */
export interface TelephonyDriver {
  execute(workspaceId: string, effects: Effect[], at: number): void;
}

/**
 * Feeds the effects of every batch this node commits to a driver; returns the unsubscribe
 * function. A batch replayed from another node is that node's to carry out: effects run only
 * where the workspace's lease is held (P2).
 */
export function connectDriver(
  runtime: Runtime,
  driver: TelephonyDriver,
  onError?: (error: unknown) => void,
): () => void {
  return runtime.subscribe((batch: StoredEvent[], source) => {
    if (source.replica) return;
    for (const run of effectRuns(batch)) {
      try {
        driver.execute(run.workspaceId, run.effects, run.at);
      } catch (error) {
        // One workspace's failure must not keep the others' effects from running.
        onError?.(error);
      }
    }
  });
}
