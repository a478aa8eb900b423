import type { ConfigEntity, PublicMessageType, StreamMessage } from '../../../src/api/stream-messages.ts';
import type { SignallingMessage, StreamEvent } from './types.ts';

type Family = PublicMessageType extends `${infer Name}.${string}` ? Name : never;

/**
 * What a screen follows on the stream, checked by the compiler against the public messages:
 * one message (`'call.ended'`), a family (`'conversation.*'`), or changes to one kind of
 * configuration (`'config:user'`).
 */
export type Topic = PublicMessageType | `${Family}.*` | `config:${ConfigEntity}`;

/** A public message, as opposed to the hello, a reload or the phone's signalling. */
export function isMessage(event: StreamEvent): event is StreamMessage {
  return 'version' in event && 'data' in event;
}

/** The browser phone's signalling, as opposed to the public messages and the stream's own. */
export function isSignalling(event: StreamEvent): event is SignallingMessage {
  return event.type.startsWith('webrtc.');
}

/** A (re)connection or a reload: what a screen shows may be stale, read it again. */
export const isFresh = (event: StreamEvent) => event.type === 'hello' || event.type === 'reload';

export function matches(message: StreamMessage, topics: readonly Topic[]): boolean {
  return topics.some((topic) => {
    if (topic.startsWith('config:'))
      return message.type === 'config.changed' && `config:${message.data.entity}` === topic;
    if (topic.endsWith('.*')) return message.type.startsWith(topic.slice(0, -1));
    return message.type === topic;
  });
}

/** Should a screen reload: a (re)connection, a reload, or a message of one of its topics. */
export function follows(event: StreamEvent, topics: readonly Topic[]): boolean {
  return isFresh(event) || (isMessage(event) && matches(event, topics));
}

/** The call a message is about, if any. */
export function callIdOf(event: StreamEvent): string | undefined {
  return isMessage(event) && 'callId' in event.data ? event.data.callId : undefined;
}

/** The conversation a message is about, if any. */
export function conversationIdOf(event: StreamEvent): string | undefined {
  return isMessage(event) && 'conversationId' in event.data ? event.data.conversationId : undefined;
}

/** The workflow a message is about: one of its runs, or a change to it. */
export function workflowIdOf(event: StreamEvent): string | undefined {
  if (!isMessage(event)) return undefined;
  if (event.type === 'config.changed') return event.data.entity === 'workflow' ? event.data.id : undefined;
  return 'workflowId' in event.data ? event.data.workflowId : undefined;
}
