import type { SkillsExplanation } from '../routing/requirements.ts';
import type { CandidateExplanation } from '../voice/events.ts';
import type { ChatContact, DepartmentChatSettings, KeyActor } from './conversation.ts';

export type TransferTarget = { kind: 'department'; departmentId: string } | { kind: 'agent'; userId: string };

export type ChatCommand =
  | { type: 'chat.configure_department'; departmentId: string; settings: Partial<DepartmentChatSettings> }
  /** A channel integration delivers a contact's message; it opens (or reopens) the conversation if needed. */
  | {
      type: 'conversation.incoming';
      conversationId: string;
      channel: string;
      contact: ChatContact;
      channelMessageId: string;
      text: string;
      departmentId?: string;
      /** The contact writes again on a resolved conversation: it reopens, back to this agent if they have room. */
      reopen?: { previousAssigneeId?: string };
    }
  | { type: 'conversation.reply'; conversationId: string; userId: string; messageId: string; text: string }
  | { type: 'conversation.note'; conversationId: string; userId: string; noteId: string; text: string }
  /** An agent pulls a conversation from a queue or a pending list, or a supervisor hands it to one. */
  | { type: 'conversation.assign'; conversationId: string; userId: string; by?: string }
  | {
      type: 'conversation.transfer';
      conversationId: string;
      by?: string;
      to: TransferTarget;
      reason?: string;
      noteId: string;
    }
  | { type: 'conversation.hold'; conversationId: string; userId?: string }
  | { type: 'conversation.resume'; conversationId: string; userId?: string }
  | { type: 'conversation.resolve'; conversationId: string; userId?: string };

export type ChatEvent =
  | { type: 'chat.department_configured'; departmentId: string; settings: DepartmentChatSettings }
  | {
      type: 'conversation.opened';
      conversationId: string;
      channel: string;
      contact: ChatContact;
      departmentId?: string;
      reopened?: boolean;
    }
  | { type: 'conversation.message_received'; conversationId: string; messageId: string; text: string }
  | {
      type: 'conversation.reply_sent';
      conversationId: string;
      messageId: string;
      userId: string;
      text: string;
    }
  /** An internal note: never shown to the contact. Transfer reasons are notes too (C3). */
  | {
      type: 'conversation.note_added';
      conversationId: string;
      noteId: string;
      userId?: string;
      text: string;
      kind: 'note' | 'transfer_reason';
    }
  | {
      type: 'conversation.routed';
      conversationId: string;
      departmentId: string;
      strategy: string;
      candidates: CandidateExplanation[];
      unlisted?: number;
      /** R1: the skills required, those relaxed by the wait, and how many members lacked them. */
      skills?: SkillsExplanation;
    }
  | { type: 'conversation.queued'; conversationId: string; departmentId: string; position: number }
  | {
      type: 'conversation.assigned';
      conversationId: string;
      userId: string;
      by: 'routing' | 'pull' | 'transfer' | 'supervisor' | 'reassign';
      position?: number;
    }
  | {
      type: 'conversation.unassigned';
      conversationId: string;
      userId: string;
      reason: 'transfer' | 'agent_offline';
    }
  | {
      type: 'conversation.transferred';
      conversationId: string;
      fromUserId?: string;
      /** Who made the transfer: the agent themself, or a supervisor moving it on. */
      by?: string;
      /** C4: the key that made it when no user did (the server admin key, an API key). */
      byKey?: KeyActor;
      to: TransferTarget;
      reason?: string;
    }
  /** C5: the target agent is unavailable; the conversation waits in their pending list and they are told. */
  | { type: 'conversation.pending'; conversationId: string; userId: string }
  | { type: 'conversation.held'; conversationId: string; userId?: string }
  | { type: 'conversation.resumed'; conversationId: string; userId?: string }
  | { type: 'conversation.resolved'; conversationId: string; userId?: string; assigneeId?: string };
