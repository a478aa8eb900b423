import { useEffect, useRef, useState } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { useSignedIn } from '../session/session.tsx';
import type { ConversationDetail, MessageKind } from './types.ts';

export interface Preview {
  kind: MessageKind;
  text: string;
}

/**
 * The last message the contact saw (theirs or an agent's reply) of each listed conversation:
 * read once per conversation, then kept up to date from the stream.
 */
export function usePreviews(conversationIds: string[]): Record<string, Preview> {
  const { api } = useSignedIn();
  const [previews, setPreviews] = useState<Record<string, Preview>>({});
  const asked = useRef(new Set<string>());

  const key = conversationIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the ids.
  useEffect(() => {
    for (const id of conversationIds) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      api
        .get<ConversationDetail>(`/conversations/${encodeURIComponent(id)}`)
        .then((detail) => {
          const last = detail.messages.filter((message) => message.visibility === 'contact').at(-1);
          if (last)
            setPreviews((previous) =>
              previous[id] ? previous : { ...previous, [id]: { kind: last.kind, text: last.text } },
            );
        })
        .catch(() => asked.current.delete(id));
    }
  }, [key, api]);

  useStreamEvents((event) => {
    const kind: MessageKind | undefined =
      event.type === 'conversation.message_received'
        ? 'incoming'
        : event.type === 'conversation.reply_sent'
          ? 'reply'
          : undefined;
    if (!kind) return;
    const { conversationId, text } = event.data as { conversationId: string; text: string };
    asked.current.add(conversationId);
    setPreviews((previous) => ({ ...previous, [conversationId]: { kind, text } }));
  });

  return previews;
}
