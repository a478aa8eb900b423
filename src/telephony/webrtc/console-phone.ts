import { randomUUID } from 'node:crypto';
import type { DeviceRegistry } from '../devices.ts';
import type { MediaPlane } from '../media-plane.ts';
import { BrowserPhone } from './browser-phone.ts';
import { parsePageMessage, type ServerMessage } from './signalling.ts';

/** What the server needs to make consoles phones: where media goes and who is reachable. */
export interface WebRtcService {
  registry: DeviceRegistry;
  plane: MediaPlane;
  /** The one address ICE may use (the node's media interface; 127.0.0.1 in tests). */
  address: string;
  disconnectedGraceMs?: number;
}

/**
 * The phone side of one console socket (issue 15 item 2): the page registers with
 * `webrtc.register`, is a device of its user until the socket closes, and negotiates the
 * legs a driver opens to it. Every message is validated; a refused one changes nothing and
 * gets a `webrtc.error` naming the field.
 */
export class ConsolePhone {
  private phone: BrowserPhone | undefined;
  private unregister: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly service: WebRtcService,
    private readonly owner: { workspaceId: string; userId: string },
    private readonly send: (message: ServerMessage) => boolean,
  ) {}

  get device(): BrowserPhone | undefined {
    return this.phone;
  }

  async receive(text: string): Promise<void> {
    if (this.closed) return;
    const parsed = parsePageMessage(text);
    if (!parsed.ok) return this.refuse(parsed.error);
    const { message } = parsed;
    if (message.type === 'webrtc.register') {
      if (this.phone) return this.refuse('type: this console is already registered');
      return this.register();
    }
    if (!this.phone) return this.refuse('type: send webrtc.register first');
    const error = await this.phone.receive(message);
    if (error) this.refuse(error);
  }

  /** The socket closed (tab closed, signed out): the device leaves and its legs end. */
  close(): void {
    this.closed = true;
    this.unregister?.();
    this.phone?.end();
  }

  private register(): void {
    const { registry, plane, address, disconnectedGraceMs } = this.service;
    const id = `browser_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
    const { workspaceId, userId } = this.owner;
    const phone = new BrowserPhone({
      id,
      workspaceId,
      userId,
      plane,
      address,
      disconnectedGraceMs,
      send: this.send,
    });
    this.phone = phone;
    this.unregister = registry.add({ kind: 'browser', id, workspaceId, userId, phone });
    this.send({ type: 'webrtc.registered', deviceId: id });
  }

  private refuse(error: string): void {
    this.send({ type: 'webrtc.error', error });
  }
}
