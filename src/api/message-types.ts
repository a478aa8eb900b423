/**
 * The names of the public messages integrators receive (src/api/messages.ts builds them).
 * Plain data with no imports, so the console imports the same list the server validates.
 */
export const publicMessageTypes = [
  'call.received',
  'call.placed',
  'call.queued',
  'call.offered',
  'call.answered',
  'call.held',
  'call.resumed',
  'call.ended',
  'transfer.received',
  'transfer.completed',
  'transfer.failed',
  'voicemail.left',
  'recording.available',
  'conversation.opened',
  'conversation.message_received',
  'conversation.assigned',
  'conversation.transferred',
  'conversation.resolved',
  'presence.changed',
] as const;

export type PublicMessageType = (typeof publicMessageTypes)[number];
