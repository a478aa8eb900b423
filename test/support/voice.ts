import { expect } from 'vitest';
import { freshWorkspaceId, seedWorkspace, startTestServer, type TestServer } from './server.ts';

export const business = '+34911234567';
export const second = '+34911234568';
export const customer = '+34600111222';

/** Drives a running server as people do: admins configure, customers call, agents' phones answer. */
export class VoiceDriver {
  private constructor(
    readonly server: TestServer,
    readonly ws: Awaited<ReturnType<typeof seedWorkspace>>,
    private readonly ownsServer: boolean,
  ) {}

  /**
   * On a server of its own (workspace `acme`), or on a `shared` one in a fresh workspace: a file
   * starts one server in beforeAll and a driver per test.
   */
  static async start(shared?: TestServer): Promise<VoiceDriver> {
    const server = shared ?? (await startTestServer());
    const ws = await seedWorkspace(server, shared ? freshWorkspaceId() : 'acme');
    const driver = new VoiceDriver(server, ws, !shared);
    await driver.ok('POST', '/numbers', { id: 'n_main', e164: business, kind: 'rented' }, 201);
    await driver.ok('POST', '/numbers', { id: 'n_second', e164: second, kind: 'rented' }, 201);
    return driver;
  }

  get base(): string {
    return `/v1/workspaces/${this.ws.workspaceId}`;
  }

  async ok(method: string, path: string, body?: unknown, status = 200, token = this.ws.tokens.admin) {
    const response = await this.server.request(method, `${this.base}${path}`, { token, body });
    expect(response.status, `${method} ${path}: ${JSON.stringify(response.body)}`).toBe(status);
    return response.body;
  }

  configure(settings: Record<string, unknown>, numberId = 'n_main') {
    return this.ok('PATCH', `/numbers/${numberId}/settings`, settings);
  }

  online(...userIds: string[]) {
    return Promise.all(
      userIds.map((userId) => this.ok('PUT', `/users/${userId}/presence`, { presence: 'online' })),
    );
  }

  async place(from = customer, to = business): Promise<string> {
    const placed = await this.ok('POST', '/sim/calls', { from, to }, 201, this.ws.tokens.agent);
    return placed.callId;
  }

  async advance(ms: number): Promise<void> {
    const response = await this.server.request('POST', '/v1/clock/advance', {
      token: this.server.adminToken,
      body: { ms },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  }

  async ringing(userId: string): Promise<Array<{ callId: string; legId: string }>> {
    const phone = await this.ok('GET', `/users/${userId}/phone`);
    return phone.lines.filter((line: { state: string }) => line.state === 'ringing');
  }

  async answer(userId: string, token = this.ws.tokens.admin): Promise<{ callId: string; legId: string }> {
    const [line] = await this.ringing(userId);
    expect(line, `${userId}'s phone is not ringing`).toBeDefined();
    await this.ok('POST', `/sim/legs/${line!.callId}/${line!.legId}/answer`, undefined, 204, token);
    return line!;
  }

  digits(callId: string, digits: string) {
    return this.ok('POST', `/sim/calls/${callId}/digits`, { digits }, 200, this.ws.tokens.agent);
  }

  hangUp(callId: string) {
    return this.ok('POST', `/sim/calls/${callId}/hangup`, undefined, 200, this.ws.tokens.agent);
  }

  /** The call as the API shows it: record, live legs and its ordered history (V18). */
  call(callId: string) {
    return this.ok('GET', `/calls/${callId}`);
  }

  async history(callId: string): Promise<Array<{ type: string; data: Record<string, unknown> }>> {
    return (await this.call(callId)).history;
  }

  /** Closes the server if it is the driver's own; a shared one is the file's to close. */
  async close(): Promise<void> {
    if (this.ownsServer) await this.server.close();
  }
}
