import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { WorkspaceState } from '../../engine/state.ts';
import type { Runtime, RuntimeObserver } from '../../runtime/runtime.ts';
import { processMetrics } from './process-metrics.ts';
import { TalliedCounter, TalliedHistogram } from './tallies.ts';

export interface MetricsOptions {
  /** Adds a `workspace` label to the live gauges: only where the operator knows the count stays small. */
  perWorkspace?: boolean;
}

type Live = {
  workspace: string;
  state: WorkspaceState;
};

/**
 * I2: what an operator watches, as Prometheus metrics. Labels are bounded: route templates
 * (never raw URLs), status codes, command and event types, presences, channels; a workspace
 * label only when enabled. Live figures are read from the engine's state at scrape time.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly httpRequests: TalliedCounter<'method' | 'route' | 'status'>;
  private readonly httpDuration: TalliedHistogram<'method' | 'route' | 'status'>;
  private readonly commands: TalliedCounter<'type' | 'outcome'>;
  private readonly events: Counter;
  private readonly batchSize: Histogram;
  private readonly commitSeconds: Histogram;
  private readonly webhookDeliveries: Counter<'outcome'>;
  readonly observer: RuntimeObserver;
  private runtime: Runtime | undefined;
  private webSocketClients: () => number = () => 0;

  constructor(private readonly options: MetricsOptions = {}) {
    // Started with the first server, not its first scrape: GC and event-loop lag from the start.
    processMetrics();
    const registers = [this.registry];
    // Per request and per command: tallied here, handed to prom-client when scraped (tallies.ts).
    this.httpRequests = new TalliedCounter({
      name: 'switchboard_http_requests_total',
      help: 'HTTP requests by route template, method and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new TalliedHistogram(
      {
        name: 'switchboard_http_request_duration_seconds',
        help: 'HTTP request latency by route template, method and status',
        labelNames: ['method', 'route', 'status'],
        registers,
      },
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    );
    this.commands = new TalliedCounter({
      name: 'switchboard_commands_total',
      help: 'Engine commands decided, by type and whether they were accepted',
      labelNames: ['type', 'outcome'],
      registers,
    });
    this.events = new Counter({ name: 'switchboard_events_total', help: 'Events committed', registers });
    this.batchSize = new Histogram({
      name: 'switchboard_commit_batch_events',
      help: 'Events per durable commit (group commit)',
      buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
      registers,
    });
    this.commitSeconds = new Histogram({
      name: 'switchboard_commit_duration_seconds',
      help: 'Time of a durable commit, fsync included',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.webhookDeliveries = new Counter({
      name: 'switchboard_webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome (delivered, retrying, failed)',
      labelNames: ['outcome'],
      registers,
    });
    this.observer = {
      command: (type, accepted) => {
        const outcome = accepted ? 'accepted' : 'refused';
        this.commands.inc(`${outcome} ${type}`, () => ({ type, outcome }));
      },
      commit: (events, seconds) => {
        this.events.inc(events);
        this.batchSize.observe(events);
        this.commitSeconds.observe(seconds);
      },
    };
    this.liveGauges();
  }

  /** The engine whose live state the gauges read, and where the WebSocket clients are counted. */
  attach(runtime: Runtime, webSocketClients: () => number): void {
    this.runtime = runtime;
    this.webSocketClients = webSocketClients;
  }

  /** The Prometheus text of a scrape: the process's metrics, then this server's. */
  scrape(): Promise<string> {
    return Registry.merge([processMetrics(), this.registry]).metrics();
  }

  httpRequest(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    // Arrows passed inline: one bound to a name is named at run time (esbuild's keepNames, which
    // tsx and the bundle use), a defineProperty on every request.
    this.httpRequests.inc(key, () => ({ method, route, status: String(status) }));
    this.httpDuration.observe(key, () => ({ method, route, status: String(status) }), seconds);
  }

  webhookAttempt(outcome: 'delivered' | 'retrying' | 'failed'): void {
    this.webhookDeliveries.inc({ outcome });
  }

  private live(): Live[] {
    const runtime = this.runtime;
    if (!runtime) return [];
    return runtime.workspaceIds().flatMap((workspace) => {
      const state = runtime.state(workspace);
      return state ? [{ workspace, state }] : [];
    });
  }

  private labels(workspace: string, labels: Record<string, string> = {}): Record<string, string> {
    return this.options.perWorkspace ? { ...labels, workspace } : labels;
  }

  private liveGauges(): void {
    const registers = [this.registry];
    const scoped = (names: string[]) => (this.options.perWorkspace ? [...names, 'workspace'] : names);
    const metrics = this;
    new Gauge({
      name: 'switchboard_live_calls',
      help: 'Calls in progress',
      labelNames: scoped([]),
      registers,
      collect() {
        this.reset();
        for (const { workspace, state } of metrics.live())
          this.inc(metrics.labels(workspace), state.calls.size);
      },
    });
    new Gauge({
      name: 'switchboard_live_conversations',
      help: 'Open conversations',
      labelNames: scoped([]),
      registers,
      collect() {
        this.reset();
        for (const { workspace, state } of metrics.live())
          this.inc(metrics.labels(workspace), Object.keys(state.conversations).length);
      },
    });
    new Gauge({
      name: 'switchboard_queue_length',
      help: 'Calls and conversations waiting for an agent, by channel',
      labelNames: scoped(['channel']),
      registers,
      collect() {
        this.reset();
        for (const { workspace, state } of metrics.live()) {
          this.inc(metrics.labels(workspace, { channel: 'voice' }), state.waiting.length);
          const chats = Object.values(state.chatQueues).reduce((sum, queue) => sum + queue.length, 0);
          this.inc(metrics.labels(workspace, { channel: 'chat' }), chats);
        }
      },
    });
    new Gauge({
      name: 'switchboard_queue_oldest_wait_seconds',
      help: 'How long the longest-waiting call or conversation has waited, by channel',
      labelNames: scoped(['channel']),
      registers,
      collect() {
        this.reset();
        const runtime = metrics.runtime;
        if (!runtime) return;
        const now = runtime.clock.now();
        const oldest = new Map<string, number>();
        const note = (key: string, since: number | undefined) => {
          if (since === undefined) return;
          oldest.set(key, Math.max(oldest.get(key) ?? 0, (now - since) / 1000));
        };
        for (const { workspace, state } of metrics.live()) {
          const key = (channel: string) => JSON.stringify(metrics.labels(workspace, { channel }));
          oldest.set(key('voice'), oldest.get(key('voice')) ?? 0);
          oldest.set(key('chat'), oldest.get(key('chat')) ?? 0);
          for (const callId of state.waiting) note(key('voice'), state.calls.get(callId)?.queuedAt);
          for (const queue of Object.values(state.chatQueues))
            for (const conversationId of queue)
              note(key('chat'), state.conversations[conversationId]?.queuedAt);
        }
        for (const [key, seconds] of oldest) this.set(JSON.parse(key), seconds);
      },
    });
    new Gauge({
      name: 'switchboard_agents',
      help: 'Users by presence',
      labelNames: scoped(['presence']),
      registers,
      collect() {
        this.reset();
        for (const { workspace, state } of metrics.live())
          for (const user of Object.values(state.users))
            this.inc(metrics.labels(workspace, { presence: user.presence }), 1);
      },
    });
    new Gauge({
      name: 'switchboard_websocket_clients',
      help: 'Connected WebSocket clients (event streams and web chat)',
      registers,
      collect() {
        this.set(metrics.webSocketClients());
      },
    });
  }
}
