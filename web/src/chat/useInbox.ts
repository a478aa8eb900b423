import type { Answer, Query } from '../api/contract.ts';
import { useReloadOn } from '../components/useReloadOn.ts';
import { useResource } from '../components/useResource.ts';
import { useSignedIn } from '../session/session.tsx';
import type { Conversation } from './types.ts';

export interface Inbox {
  /** Assigned to me or on hold by me. */
  mine: Conversation[];
  /** C5: transferred to me while I could not take them. */
  pending: Conversation[];
  /** Waiting, unassigned, in the queues I see (agents: their departments'; supervisors: all). */
  queued: Conversation[];
  /** Supervisors and admins: the other agents' pending lists, to take or transfer on (C5). */
  othersPending: PendingList[];
}

/** One agent's pending list (GET /chat/pending). */
export type PendingList = Answer<'listPendingConversations'>['items'][number];

const limit = 200;

export function useInbox() {
  const { api, session } = useSignedIn();
  const me = session.user.id;
  const seesAll = session.user.role !== 'agent';
  const inbox = useResource<Inbox>(async () => {
    const list = (query: Query<'listConversations'>) =>
      api.get('/conversations', { query: { ...query, limit } }).then((page) => page.items);
    const [mine, pending, queued, pendingLists] = await Promise.all([
      list({ assignee: 'me', status: 'open' }),
      list({ pending: 'me' }),
      list({ status: 'queued' }),
      seesAll ? api.get('/chat/pending').then((page) => page.items) : [],
    ]);
    const byQueue = (a: Conversation, b: Conversation) =>
      (a.queuePosition ?? Number.MAX_SAFE_INTEGER) - (b.queuePosition ?? Number.MAX_SAFE_INTEGER);
    return {
      mine: mine.filter((conversation) => conversation.status !== 'pending'),
      pending,
      queued: [...queued].sort(byQueue),
      othersPending: pendingLists.filter((list) => list.userId !== me),
    };
  }, [api, me, seesAll]);

  useReloadOn(['conversation.*'], inbox.reload);

  return inbox;
}
