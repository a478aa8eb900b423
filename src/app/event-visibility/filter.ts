import type { StoredEvent } from '../../engine/events.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { type Principal, seesAll } from '../principal.ts';
import { mayViewCall, usersOnCall, viewerOf } from '../visibility.ts';
import type { BatchSummary } from './batch-summary.ts';
import { conversationViewerOf, followConversation, joinConversations } from './conversations.ts';
import { callsJoined, redactFor, type ViewerState, visibleTo } from './events.ts';
import { followMemberships, type Memberships, membershipsOf } from './memberships.ts';

export interface Filtered {
  events: StoredEvent[];
  /** Set when the stream must end: its user was removed from the workspace. */
  revoked?: string;
}

/**
 * One stream's view of its workspace's events: which calls its agent is on, and the
 * principal's role as it changes, so a promotion or demotion applies to the next event.
 * It reads the workspace once, committed, when the stream opens (src/app/visibility.ts's
 * rule, the REST API's too), and from then on follows the log alone.
 */
export class StreamFilter {
  private readonly state: ViewerState = { calls: new Set() };
  private readonly memberships?: Memberships;

  constructor(
    private principal: Principal,
    workspace: WorkspaceState,
  ) {
    if (principal.kind !== 'user') return;
    // The shared rule on the calls live now; later ones join by their legs.
    const viewer = viewerOf(principal, workspace);
    for (const call of workspace.calls.values())
      if (mayViewCall(viewer, { agentId: call.agentId, onNow: usersOnCall(call.legs.values()) }))
        this.state.calls.add(call.id);
    Object.assign(this.state, conversationViewerOf(workspace, principal.userId));
    this.memberships = membershipsOf(workspace, principal.userId);
    this.state.numbers = this.memberships.numbers;
    this.state.departments = this.memberships.departments;
  }

  /**
   * The visible events of one committed batch of this workspace, in order. `openings` has
   * the call.received events of live calls, so an agent rung partway through a call (the
   * next agent after a timeout) still learns who is calling.
   */
  filter(
    whole: StoredEvent[],
    openings: ReadonlyMap<string, StoredEvent> = new Map(),
    summary?: BatchSummary,
  ): Filtered {
    // None of the batch's call events concern this agent: they would show none and change
    // nothing here, so only the others are gone through.
    const batch = summary && this.untouchedBy(summary) ? summary.others : whole;
    if (batch.length === 0) return { events: [] };
    const principal = this.principal;
    const events: StoredEvent[] = [];
    if (principal.kind === 'user') joinConversations(batch, principal.userId, this.state);
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

  /**
   * An agent the batch's calls and timers do not concern: on none of its calls (nor put on
   * one), no voicemail of their numbers (as the batch leaves them), their role unchanged by it.
   * Others see every call.
   */
  private untouchedBy(summary: BatchSummary): boolean {
    const principal = this.principal;
    if (principal.kind !== 'user' || seesAll(principal)) return false;
    if (summary.legUsers.has(principal.userId) || summary.usersChanged.has(principal.userId)) return false;
    for (const callId of this.state.calls) if (summary.callIds.has(callId)) return false;
    if (summary.voicemailNumbers.size === 0) return true;
    // Assigned to a number by an earlier event of the same batch, they hear of its voicemail.
    if (summary.membershipsChanged) return false;
    const numbers = this.state.numbers;
    if (numbers) for (const numberId of summary.voicemailNumbers) if (numbers.has(numberId)) return false;
    return true;
  }

  /** Keeps the viewer state in step with the log after each event. */
  private follow(stored: StoredEvent): string | undefined {
    const { event } = stored;
    if (event.type === 'call.ended') this.state.calls.delete(event.callId);
    const principal = this.principal;
    if (principal.kind !== 'user') return undefined;
    if (this.memberships) followMemberships(event, principal.userId, this.memberships);
    followConversation(event, principal.userId, this.state);
    if (event.type === 'user.removed' && event.userId === principal.userId) return 'your user was removed';
    if (event.type === 'user.updated' && event.userId === principal.userId && event.changes.role)
      this.principal = { ...principal, role: event.changes.role };
    return undefined;
  }
}
