import type { MediaPlane } from '../media-plane.ts';
import type { BrowserLeg } from './browser-leg.ts';
import { legIdPattern, type PageMessage, type ServerMessage } from './signalling.ts';

export interface BrowserPhoneOptions {
  /** The device's id in the registry (one per console socket). */
  id: string;
  workspaceId: string;
  userId: string;
  plane: MediaPlane;
  /** The one address ICE may use. */
  address: string;
  /** Sends a message down the console's socket; false once it is closed. */
  send(message: ServerMessage): boolean;
  answerTimeoutMs?: number;
  disconnectedGraceMs?: number;
}

type Waiting = { resolve: () => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

/**
 * One open console acting as a phone (issue 15): the legs a driver opens to it, each a
 * WebRTC peer connection negotiated over the console's socket. It ends with the socket (the
 * tab closed, the session signed out), and every leg it carries ends with it.
 */
export class BrowserPhone {
  private readonly legs = new Map<string, BrowserLeg>();
  private readonly waiting = new Map<string, Waiting>();
  /** Engine legs the agent pressed Answer for on this console, most recent last (a few kept). */
  private readonly answering: string[] = [];
  private ended = false;

  constructor(readonly options: BrowserPhoneOptions) {}

  get id(): string {
    return this.options.id;
  }

  get isOpen(): boolean {
    return !this.ended;
  }

  /**
   * Opens a media leg to this console: sends the page an offer and resolves once the page has
   * answered (media flows as soon as ICE and DTLS are up). Call it when the agent answers.
   */
  async openLeg(legId: string): Promise<BrowserLeg> {
    if (typeof legId !== 'string' || !legIdPattern.test(legId))
      throw new TypeError('legId must be 1 to 128 letters, digits, _ . : or -');
    if (this.ended) throw new Error(`browser device ${this.id} has gone`);
    if (this.legs.has(legId)) throw new Error(`leg ${legId} is already open on this browser`);
    const { plane, address, disconnectedGraceMs } = this.options;
    // The WebRTC stack (werift and its certificate libraries) is a second of CPU to load: a
    // server loads it when a console first takes a call, not at start.
    const { BrowserLeg } = await import('./browser-leg.ts');
    const browserLeg = await BrowserLeg.open({
      plane,
      id: legId,
      address,
      disconnectedGraceMs,
      signals: {
        offer: (sdp) => this.options.send({ type: 'webrtc.offer', legId, sdp }),
        ended: (reason) => {
          this.legs.delete(legId);
          this.stopWaiting(legId, new Error(`leg ${legId} ended before the page answered: ${reason}`));
          this.options.send({ type: 'webrtc.ended', legId, reason });
        },
      },
    });
    this.legs.set(legId, browserLeg);
    if (this.ended) browserLeg.close('browser device gone');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => browserLeg.close('the page did not answer'),
        this.options.answerTimeoutMs ?? 10_000,
      );
      this.waiting.set(legId, { resolve, reject, timer });
    });
    return browserLeg;
  }

  /** Whether the agent pressed Answer on this console for the engine's leg `legId`. */
  answered(legId: string): boolean {
    return this.answering.includes(legId);
  }

  /** A message the page sent about one of its legs; returns an error to send back, if refused. */
  async receive(message: PageMessage): Promise<string | undefined> {
    if (message.type === 'webrtc.register') return 'type: this console is already registered';
    if (message.type === 'webrtc.answering') {
      this.answering.push(message.legId);
      if (this.answering.length > 8) this.answering.shift();
      return undefined;
    }
    const browserLeg = this.legs.get(message.legId);
    if (!browserLeg) return `legId: no open leg ${message.legId} on this console`;
    if (message.type === 'webrtc.hangup') {
      browserLeg.close('the page hung up');
      return undefined;
    }
    if (message.type === 'webrtc.candidate') {
      await browserLeg.addCandidate(message.candidate).catch(() => undefined);
      return undefined;
    }
    try {
      await browserLeg.answer(message.sdp);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      browserLeg.close(`refused answer: ${reason}`);
      return reason.startsWith('sdp:') ? reason : `sdp: ${reason}`;
    }
    this.stopWaiting(message.legId);
    return undefined;
  }

  /** The console is gone (tab closed, signed out): every leg it carries ends. */
  end(reason = 'browser device gone'): void {
    if (this.ended) return;
    this.ended = true;
    for (const browserLeg of [...this.legs.values()]) browserLeg.close(reason);
  }

  private stopWaiting(legId: string, error?: Error): void {
    const waiting = this.waiting.get(legId);
    if (!waiting) return;
    this.waiting.delete(legId);
    clearTimeout(waiting.timer);
    if (error) waiting.reject(error);
    else waiting.resolve();
  }
}
