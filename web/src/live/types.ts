/** GET /live (R4): the workspace's live calls, conversations and callbacks. */
export interface LiveLeg {
  legId: string;
  party: string;
  userId?: string;
  status: string;
  monitor?: MonitorMode;
}

export type MonitorMode = 'listen' | 'whisper' | 'barge';
export const monitorModes: MonitorMode[] = ['listen', 'whisper', 'barge'];

export interface LiveCall {
  callId: string;
  direction: 'inbound' | 'outbound';
  numberId: string;
  from: string;
  to: string;
  state: 'waiting' | 'connected';
  held: boolean;
  agentId?: string;
  startedAt: string;
  answeredAt?: string;
  legs: LiveLeg[];
}

export interface LiveConversation {
  conversationId: string;
  channel: string;
  contact: string;
  departmentId?: string;
  assigneeId?: string;
  state: 'waiting' | 'connected';
  openedAt: string;
}

export interface LiveCallback {
  callbackId: string;
  numberId: string;
  to: string;
  status: 'waiting' | 'offered' | 'dialing' | 'retry';
  position?: number;
  userId?: string;
  retryAt?: string;
  queuedAt: string;
}

export interface LiveBoard {
  at: string;
  calls: LiveCall[];
  conversations: LiveConversation[];
  callbacks: LiveCallback[];
}
