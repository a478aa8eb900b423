import { notFound } from '../../domain/errors.ts';
import type { WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';

export type VoicemailCommand = { type: 'voicemail.mark_heard'; voicemailId: string; userId?: string };

export type VoicemailEvent = {
  type: 'voicemail.heard';
  voicemailId: string;
  numberId: string;
  userId?: string;
};

/** V8: a voicemail stays unheard until someone listens; the engine keeps only the unheard ones. */
export function decideVoicemail(tx: Tx, command: VoicemailCommand): void {
  const numberId = tx.state.unheardVoicemails.get(command.voicemailId);
  if (!numberId) throw notFound('unheard voicemail', command.voicemailId, 'voicemailId');
  tx.emit({
    type: 'voicemail.heard',
    voicemailId: command.voicemailId,
    numberId,
    ...(command.userId ? { userId: command.userId } : {}),
  });
}

export function evolveVoicemail(state: WorkspaceState, event: VoicemailEvent): WorkspaceState {
  state.unheardVoicemails.delete(event.voicemailId);
  return state;
}
