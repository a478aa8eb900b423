import type { TransferCommand } from '../transfer/events.ts';
import type { Audio } from '../voice/audio.ts';

/**
 * R4: a supervisor on a live call. listen: hears the caller and the agent, heard by nobody;
 * whisper: the agent hears them too, the caller does not; barge: all three talk.
 */
export type MonitorMode = 'listen' | 'whisper' | 'barge';
export const monitorModes = ['listen', 'whisper', 'barge'] as const;

export type SupervisionCommand =
  /** The supervisor's phone rings; answering joins the call in `mode`. */
  | { type: 'call.monitor'; callId: string; userId: string; mode: MonitorMode }
  | { type: 'call.monitor_mode'; callId: string; userId: string; mode: MonitorMode }
  /** A supervisor moves a connected call to someone else: held and transferred directly, on the agent's behalf. */
  | {
      type: 'call.supervisor_transfer';
      callId: string;
      transferId: string;
      userId: string;
      target: Extract<TransferCommand, { type: 'call.transfer' }>['target'];
    };

export type SupervisionEvent =
  | { type: 'call.monitor_ringing'; callId: string; legId: string; userId: string; mode: MonitorMode }
  | {
      type: 'call.monitor_joined';
      callId: string;
      legId: string;
      userId: string;
      mode: MonitorMode;
      audio: Audio;
    }
  | {
      type: 'call.monitor_changed';
      callId: string;
      legId: string;
      userId: string;
      mode: MonitorMode;
      audio: Audio;
    }
  /**
   * The call changed under a supervisor on it (a hold, a resume, a transfer's steps, an agent
   * leaving): what they hear now, and the agents they are with (empty: nobody serves the caller).
   */
  | {
      type: 'call.monitor_followed';
      callId: string;
      legId: string;
      userId: string;
      mode: MonitorMode;
      agentIds: string[];
      audio: Audio;
    }
  /** Every supervisor action on someone else's call is in its history, with who did it. */
  | {
      type: 'call.supervisor_action';
      callId: string;
      userId: string;
      action: 'transfer';
      /** The agent on whose behalf it moved; absent when nobody had answered it yet. */
      agentId?: string;
      target: Extract<TransferCommand, { type: 'call.transfer' }>['target'];
    };

export const supervisionEventTypes = new Set<string>([
  'call.monitor_ringing',
  'call.monitor_joined',
  'call.monitor_changed',
  'call.monitor_followed',
  'call.supervisor_action',
]);
