import { Type } from 'typebox';
import type { Principal } from '../../app/principal.ts';
import { roleAtLeast } from '../../domain/roles.ts';
import { principalOf } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden, HttpError } from '../errors.ts';
import { errors, iso } from '../schemas.ts';

const maxAdvanceMs = 7 * 24 * 3600_000;

const ClockSchema = Type.Object({
  kind: Type.Enum(['system', 'virtual']),
  now: Type.String({ format: 'date-time' }),
});

const Advance = Type.Object(
  {
    ms: Type.Integer({
      minimum: 1,
      maximum: maxAdvanceMs,
      description: 'How far to move time, 1 ms to 7 days',
    }),
  },
  { additionalProperties: false },
);

/**
 * Who may move the shared clock (issue 12 item 6). It is one clock for every workspace on the
 * server, so only the server admin key moves it: a workspace's admin would otherwise expire
 * sessions and fire timers in every other tenant. The one exception is the demo playground
 * (`serve --demo --clock virtual`), where the demo workspaces' admins may move it too, so the
 * README tour runs with a demo sign-in.
 */
function mayAdvance(principal: Principal, context: ServerContext): boolean {
  if (principal.kind === 'admin') return true;
  return (
    context.runtime.clock.kind === 'virtual' &&
    context.demos.some((demo) => demo.workspaceId === principal.workspaceId) &&
    roleAtLeast(principal.role, 'admin')
  );
}

/**
 * The server's clock. A virtual clock (demos, tests, simulations) moves only when told to,
 * and moving it fires every timer due on the way (ring timeouts, waits) in order. The clock
 * is shared by every workspace on the server, so a virtual clock suits one-tenant servers.
 */
export function registerClock(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['clock'];
  const view = () => ({ kind: runtime.clock.kind, now: iso(runtime.clock.now()) });

  app.get(
    '/clock',
    {
      schema: {
        tags,
        summary: 'The server’s clock: system or virtual, and its time',
        response: { 200: ClockSchema, ...errors },
      },
    },
    async (request) => {
      principalOf(request);
      return view();
    },
  );

  app.post(
    '/clock/advance',
    {
      schema: {
        tags,
        summary:
          'Move a virtual clock forward, firing due timers on the way (server admin key; on a demo server, the demo workspace’s admins too)',
        body: Advance,
        response: { 200: ClockSchema, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (!mayAdvance(principal, context))
        throw forbidden(
          'the clock is shared by every workspace on this server: only the server admin key moves it',
        );
      if (runtime.clock.kind !== 'virtual')
        throw new HttpError(
          409,
          'conflict',
          'the server runs on the system clock, which cannot be advanced; start it with a virtual clock',
          'clock',
        );
      await runtime.advance(request.body.ms);
      return view();
    },
  );
}
