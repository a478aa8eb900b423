/** The customer's handset as the simulator shows it (GET /sim/calls/:callId). */
export interface HandsetCall {
  callId: string;
  direction: 'inbound' | 'outbound';
  from: string;
  to: string;
  state: 'ringing' | 'playing' | 'menu' | 'queued' | 'connected' | 'held' | 'voicemail' | 'ended';
  playing?: { media: string; text?: string };
  queuePosition?: number;
  recording: boolean;
  connectedTo: string[];
  digits: string;
  startedAt: string;
  answeredAt?: string;
  endedAt?: string;
  outcome?: string;
}
