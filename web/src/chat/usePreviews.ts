import { useEffect, useRef, useState } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { useSignedIn } from '../session/session.tsx';
import type { ConversationDetail, MessageKind } from './types.ts';

export interface Preview {
  kind: MessageKind;
  text: string;
  /** The message's place in the conversation: a late answer never replaces a newer message. */
  seq: number;
}

type Previews = Record<string, Preview>;
const newer = (previous: Previews, id: string, preview: Preview): Previews =>
  (previous[id]?.seq ?? -1) >= preview.seq ? previous : { ...previous, [id]: preview };

/**
 * The API's conversation summary has no last message, so each is read from its detail: at
 * most this many (mine and my pending list come first; live events keep the rest current).
 */
const maxRead = 40;

/**
 * The last message the contact saw (theirs or an agent's reply) of each listed conversation:
 * read once per conversation, then kept up to date from the stream.
 */
export function usePreviews(conversationIds: string[]): Record<string, Preview> {
  const { api } = useSignedIn();
  const [previews, setPreviews] = useState<Previews>({});
  const asked = useRef(new Set<string>());
  // Bumped on a (re)connect: what was missed while away is read again.
  const [round, setRound] = useState(0);
  const connected = useRef(false);

  const key = conversationIds.slice(0, maxRead).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the ids.
  useEffect(() => {
    for (const id of conversationIds.slice(0, maxRead)) {
      if (asked.current.has(id)) continue;
      asked.current.add(id);
      api
        .get<ConversationDetail>(`/conversations/${encodeURIComponent(id)}`)
        .then((detail) => {
          const last = detail.messages.filter((message) => message.visibility === 'contact').at(-1);
          if (last)
            setPreviews((previous) =>
              newer(previous, id, { kind: last.kind, text: last.text, seq: last.seq }),
            );
        })
        .catch(() => asked.current.delete(id));
    }
  }, [key, api, round]);

  useStreamEvents((event) => {
    if (event.type === 'hello') {
      if (connected.current) {
        asked.current.clear();
        setRound((value) => value + 1);
      }
      connected.current = true;
      return;
    }
    const kind: MessageKind | undefined =
      event.type === 'conversation.message_received'
        ? 'incoming'
        : event.type === 'conversation.reply_sent'
          ? 'reply'
          : undefined;
    if (!kind) return;
    const { conversationId, text } = event.data as { conversationId: string; text: string };
    asked.current.add(conversationId);
    setPreviews((previous) => newer(previous, conversationId, { kind, text, seq: event.seq }));
  });

  return previews;
}
