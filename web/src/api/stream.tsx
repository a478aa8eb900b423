import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import type { PageMessage } from '../../../src/api/signalling.ts';
import type { Hello } from '../../../src/api/stream-messages.ts';
import { isMessage } from './stream-topics.ts';
import type { StreamEvent } from './types.ts';

export type StreamStatus = 'connecting' | 'open' | 'closed';
type Listener = (event: StreamEvent) => void;

interface StreamValue {
  status: StreamStatus;
  /** The current connection's hello (a new one on every reconnect); undefined before the first. */
  hello: Hello | undefined;
  /** Registers a listener for every event; returns its removal. */
  subscribe(listener: Listener): () => void;
  /** Sends a message up the socket (the browser phone's signalling); false when it is not open. */
  send(message: PageMessage): boolean;
}

const StreamContext = createContext<StreamValue | undefined>(undefined);

const retryMs = [500, 1_000, 2_000, 5_000];
/** How long screens wait for the stream's first hello before they show without it. */
const firstHelloMs = 2_000;
/** The stream's close code for a token that is no longer good. */
const unauthorizedCode = 4401;

/**
 * One WebSocket to /v1/stream per signed-in workspace, shared by every screen. It reconnects
 * with a growing delay and `?after=` the last sequence it saw, so listeners also get the
 * messages missed meanwhile (or a `reload`); screens reload what they show when it reopens.
 */
export function StreamProvider({
  token,
  workspaceId,
  onUnauthorized,
  children,
}: {
  token: string;
  workspaceId: string;
  /** The server ended the session (signed out elsewhere, expired, user removed): no retry. */
  onUnauthorized(): void;
  children: ReactNode;
}) {
  const unauthorized = useRef(onUnauthorized);
  unauthorized.current = onUnauthorized;
  const listeners = useRef(new Set<Listener>());
  const current = useRef<WebSocket | undefined>(undefined);
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const [ready, setReady] = useState(false);
  const [hello, setHello] = useState<Hello>();
  const [value] = useState<Omit<StreamValue, 'status' | 'hello'>>(() => ({
    subscribe(listener) {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
    send(message) {
      const socket = current.current;
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
  }));

  useEffect(() => {
    let socket: WebSocket | undefined;
    let attempt = 0;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    /** The workspace sequence of the last message seen, to resume from. */
    let lastSeq: number | undefined;

    const connect = () => {
      setStatus('connecting');
      const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
      const query = new URLSearchParams({ token, workspaceId });
      if (lastSeq !== undefined) query.set('after', String(lastSeq));
      socket = new WebSocket(`${scheme}://${location.host}/v1/stream?${query}`);
      current.current = socket;
      socket.onmessage = (message) => {
        const event = JSON.parse(String(message.data)) as StreamEvent;
        if (event.type === 'hello') {
          attempt = 0;
          lastSeq ??= event.seq;
          setStatus('open');
          setHello(event);
          setReady(true);
        } else if (event.type === 'reload' || isMessage(event)) lastSeq = Math.max(lastSeq ?? 0, event.seq);
        for (const listener of listeners.current) listener(event);
      };
      socket.onclose = (closed) => {
        if (stopped) return;
        setStatus('closed');
        if (closed.code === unauthorizedCode) return unauthorized.current();
        retry = setTimeout(connect, retryMs[Math.min(attempt++, retryMs.length - 1)]);
      };
    };
    connect();
    const waited = setTimeout(() => setReady(true), firstHelloMs);
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearTimeout(waited);
      socket?.close();
    };
  }, [token, workspaceId]);

  // The screens mount once the stream has said hello: what they read then, the stream covers
  // from its first message on, so they need not read it all again at that hello (each screen
  // read everything twice per page load). Without a hello soon they show anyway, and read
  // again when it comes.
  return (
    <StreamContext.Provider value={{ ...value, status, hello }}>
      {ready ? children : <main id="content" className="page" aria-busy="true" />}
    </StreamContext.Provider>
  );
}

/** Sends a message up the stream's socket (false when it is not open). */
export function useStreamSend(): (message: PageMessage) => boolean {
  return useStreamContext().send;
}

export function useStreamStatus(): StreamStatus {
  return useStreamContext().status;
}

/**
 * The current connection's hello: a screen mounted after it (they all are, see above) reads
 * what it says here rather than waiting for the next one.
 */
export function useStreamHello(): Hello | undefined {
  return useStreamContext().hello;
}

/**
 * Calls `onEvent` for each live event (the `hello` sent on every (re)connect included, so a
 * screen can reload then). The latest `onEvent` is used without resubscribing.
 */
export function useStreamEvents(onEvent: Listener): void {
  const { subscribe } = useStreamContext();
  const latest = useRef(onEvent);
  latest.current = onEvent;
  useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
}

function useStreamContext(): StreamValue {
  const value = useContext(StreamContext);
  if (!value) throw new Error('stream hooks outside StreamProvider');
  return value;
}
