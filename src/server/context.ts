import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Metrics } from '../integrations/metrics/metrics.ts';
import type { WebhookDispatcher } from '../integrations/webhooks/dispatcher.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { PasswordHashing } from '../security/passwords.ts';
import type { Store } from '../store/port.ts';
import type { MediaStore } from '../telephony/media/store.ts';
import type { SimDriver } from '../telephony/sim/driver.ts';
import type { SipDriver } from '../telephony/sip/driver.ts';
import type { WebRtcService } from '../telephony/webrtc/console-phone.ts';
import type { Limits } from './limits/limits.ts';
import type { SessionStreams } from './stream/session-streams.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What every route needs: the engine's runtime, the store's read side, the simulated phone network. */
export interface ServerContext {
  runtime: Runtime;
  store: Store;
  sim: SimDriver;
  /** The SIP driver, when the server runs SIP telephony (registration status reads it). */
  sip?: SipDriver;
  /** Voicemail and recording audio (V8, V2), as the telephony driver stored it. */
  media: MediaStore;
  /** How people's passwords are hashed (scrypt at the server's cost). */
  passwords: PasswordHashing;
  /** Session lifetime in ms. */
  sessionTtlMs: number;
  /** The live streams of each session, ended when it signs out. */
  sessionStreams: SessionStreams;
  /** Sign-in and web-chat flood limits (issue 12 items 8, 9). */
  limits: Limits;
  /** Set when the server runs real telephony: consoles become browser phones (issue 15). */
  webrtc?: WebRtcService;
  /** The demo workspaces the server runs (`serve --demo`), first the default: the console offers their sign-ins. */
  demos: DemoSignIns[];
  /** I1: whether webhooks may target private addresses (--allow-private-webhooks), and who sends them. */
  webhooks?: { allowPrivate: boolean; dispatcher?: WebhookDispatcher };
  /** I2: the metrics, and the token a scraper off loopback must send. */
  metrics?: { metrics: Metrics; token?: string };
}

/** The demo workspace's people and passwords, public by design (they are in demo/workspace.yaml). */
export interface DemoSignIns {
  workspaceId: string;
  /** The language the demo business writes in (en, es): the log-in page offers the reader's. */
  language?: string;
  workspaceName: string;
  people: Array<{ email: string; password: string; name: string; role: string }>;
}
