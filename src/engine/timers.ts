import type { Command } from './commands.ts';

/**
 * A timer is state (ARCHITECTURE: "timers are state"): the runtime's scheduler reads
 * `WorkspaceState.timers`, and fires `command` as a `timer.fire` once `at` has come.
 */
export interface Timer {
  id: string;
  at: number;
  command: Command;
}

export type TimerEvent =
  | { type: 'timer.set'; timer: Timer }
  | { type: 'timer.cleared'; timerId: string; reason: 'fired' | 'cancelled' };
