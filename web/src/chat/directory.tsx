import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { follows } from '../api/stream-topics.ts';
import { useResource } from '../components/useResource.ts';
import { useSignedIn } from '../session/session.tsx';
import { useDirectory } from '../softphone/useDirectory.ts';
import { type Conversation, contactName, type Department } from './types.ts';

/** Who is who in the workspace, so the chat screens can name senders and departments. */
interface ChatDirectory {
  userName(id: string | undefined): string | undefined;
  /** The contact by name: their own, the CRM contact's for a phone number, else the address written for people. */
  contactName(conversation: Conversation): string;
  departmentName(id: string | undefined): string | undefined;
  departments: Department[];
}

const DirectoryContext = createContext<ChatDirectory | undefined>(undefined);

export function ChatDirectoryProvider({ children }: { children: ReactNode }) {
  const { api } = useSignedIn();
  // The console's own list of members (kept current from the stream), not a second copy.
  const { users } = useDirectory();
  const departments = useResource(() => api.get('/departments'), [api]);
  const contacts = useResource(() => api.get('/contacts'), [api]);

  useStreamEvents((event) => {
    if (follows(event, ['config:department'])) departments.reload();
    if (follows(event, ['config:contact'])) contacts.reload();
  });

  const value = useMemo<ChatDirectory>(() => {
    const departmentNames = new Map(departments.data?.items.map((item) => [item.id, item.name]));
    const byPhone = new Map(
      contacts.data?.items.flatMap((contact) =>
        contact.phones.map((phone) => [phone, contact.name] as const),
      ),
    );
    return {
      userName: (id) => (id && Object.hasOwn(users, id) ? users[id]!.name : undefined),
      contactName: (conversation) =>
        conversation.contact.name ?? byPhone.get(conversation.contact.address) ?? contactName(conversation),
      departmentName: (id) => (id ? departmentNames.get(id) : undefined),
      departments: departments.data?.items ?? [],
    };
  }, [users, departments.data, contacts.data]);

  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

export function useChatDirectory(): ChatDirectory {
  const value = useContext(DirectoryContext);
  if (!value) throw new Error('useChatDirectory outside ChatDirectoryProvider');
  return value;
}
