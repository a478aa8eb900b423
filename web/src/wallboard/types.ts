import type { Presence } from '../api/types.ts';

/** GET /workspaces/:ws/wallboard (src/server/routes/wallboard.ts). */
export interface Wallboard {
  now: string;
  timeZone: string;
  serviceLevelSec: number;
  calls: {
    waiting: Array<{
      callId: string;
      numberId: string;
      from?: string;
      phase: 'playing' | 'menu' | 'queued' | 'ringing';
      since: string;
    }>;
    connected: number;
  };
  chats: {
    waiting: Array<{
      conversationId: string;
      channel: string;
      departmentId?: string;
      status: 'queued' | 'pending';
      since: string;
    }>;
    open: number;
  };
  agents: Array<{
    userId: string;
    name: string;
    presence: Presence;
    presenceSince: string;
    onCall: boolean;
    /** R2: channels the agent is wrapping up on now. */
    wrapUp?: Array<'voice' | 'chat'>;
    openChats: number;
  }>;
  today: {
    since: string;
    offered: number;
    answered: number;
    answeredWithinThreshold: number;
    missed: number;
    forwarded: number;
    serviceLevel: number | null;
    averageAnswerSec: number | null;
    byHour: Array<{ hour: number; answered: number; missed: number }>;
  };
}
