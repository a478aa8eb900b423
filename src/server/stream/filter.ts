import type { Principal } from '../../app/principal.ts';
import { mayViewCall, usersOnCall, viewerOf } from '../../app/visibility.ts';
import type { StoredEvent } from '../../engine/events.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { conversationViewerOf, followConversation, joinConversations } from './conversation-visibility.ts';
import { callsJoined, mentionsVoicemail, redactFor, type ViewerState, visibleTo } from './visibility.ts';

const assignedNumbers = (workspace: WorkspaceState, userId: string) =>
  new Set(
    Object.values(workspace.numbers).flatMap((number) =>
      number.assignedUserIds.includes(userId) ? [number.id] : [],
    ),
  );

export interface Filtered {
  events: StoredEvent[];
  /** Set when the stream must end: its user was removed from the workspace. */
  revoked?: string;
}

/**
 * One stream's view of its workspace's events: which calls its agent is on, and the
 * principal's role as it changes, so a promotion or demotion applies to the next event.
 */
export class StreamFilter {
  private readonly state: ViewerState = { calls: new Set() };

  constructor(
    private principal: Principal,
    workspace: WorkspaceState,
  ) {
    if (principal.kind !== 'user') return;
    // The shared rule (src/app/visibility.ts) on the calls live now; later ones join by their legs.
    const viewer = viewerOf(principal, workspace);
    for (const call of Object.values(workspace.calls))
      if (mayViewCall(viewer, { agentId: call.agentId, onNow: usersOnCall(Object.values(call.legs)) }))
        this.state.calls.add(call.id);
    Object.assign(this.state, conversationViewerOf(workspace, principal.userId));
  }

  /**
   * The visible events of one committed batch of this workspace, in order. `openings` has
   * the call.received events of live calls, so an agent rung partway through a call (the
   * next agent after a timeout) still learns who is calling. `workspace` is the live state,
   * for the numbers an agent is assigned to now.
   */
  filter(
    batch: StoredEvent[],
    openings: ReadonlyMap<string, StoredEvent> = new Map(),
    workspace?: WorkspaceState,
  ): Filtered {
    const principal = this.principal;
    const events: StoredEvent[] = [];
    if (principal.kind === 'user' && workspace && mentionsVoicemail(batch))
      this.state.numbers = assignedNumbers(workspace, principal.userId);
    if (principal.kind === 'user') joinConversations(batch, principal.userId, this.state, workspace);
    if (principal.kind === 'user')
      for (const callId of callsJoined(batch, principal.userId)) {
        if (this.state.calls.has(callId)) continue;
        this.state.calls.add(callId);
        const opening = openings.get(callId);
        if (opening && !batch.includes(opening)) events.push(opening);
      }
    for (const stored of batch) {
      if (visibleTo(stored, this.principal, this.state)) {
        const shown = redactFor(stored, this.principal);
        if (shown) events.push(shown);
      }
      const revoked = this.follow(stored);
      if (revoked) return { events, revoked };
    }
    return { events };
  }

  /** Keeps the viewer state in step with the log after each event. */
  private follow(stored: StoredEvent): string | undefined {
    const { event } = stored;
    if (event.type === 'call.ended') this.state.calls.delete(event.callId);
    const principal = this.principal;
    if (principal.kind !== 'user') return undefined;
    followConversation(event, principal.userId, this.state);
    if (event.type === 'user.removed' && event.userId === principal.userId) return 'your user was removed';
    if (event.type === 'user.updated' && event.userId === principal.userId && event.changes.role)
      this.principal = { ...principal, role: event.changes.role };
    return undefined;
  }
}
