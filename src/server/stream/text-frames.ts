import type { Socket } from 'node:net';

/**
 * WebSocket text frames written straight to the socket (RFC 6455 §5.2). A server's frames are
 * not masked, so a message's frame is the same bytes for every client: it is built once per
 * message and a batch leaves each socket in one corked writev, instead of ws framing, encoding and
 * queueing every message for every client again (the calls bench's stream cost).
 */

/** One final, unmasked text frame carrying `text` (UTF-8). */
export function textFrame(text: string): Buffer {
  const length = Buffer.byteLength(text);
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (length < 126) frame[1] = length;
  else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.write(text, header, 'utf8');
  return frame;
}

/** What of ws's WebSocket this reads: its socket, negotiated extensions and sender's state. */
interface WsInternals {
  _socket?: Socket;
  _extensions?: Record<string, unknown>;
  _sender?: { _state?: number };
}

/**
 * The socket under a ws WebSocket when frames may be written to it directly: no extension
 * negotiated (permessage-deflate would compress, and its frames wait in ws's queue) and
 * nothing queued in ws's sender (its state is the default, 0), so the order of frames is
 * kept. Otherwise undefined, and messages go through ws.
 */
export function directSocket(webSocket: object): Socket | undefined {
  const internals = webSocket as WsInternals;
  const socket = internals._socket;
  if (!socket || internals._sender?._state !== 0) return undefined;
  for (const _ in internals._extensions ?? {}) return undefined;
  return socket;
}
