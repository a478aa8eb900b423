import type { BenchServer } from './server.ts';

/**
 * The calls benches' centre: the number customers dial (`business`), assigned to the bench's
 * `users` agents (created before it: W8), routed to the longest idle one (one agent rings per
 * call; the default, simultaneous, rings them all), and every agent online. Only `call` is
 * used, so bench/calls-pair.ts can set up a server of another tree's bench/support alike.
 */
export async function openCallCentre(
  server: Pick<BenchServer, 'call'>,
  base: string,
  users: number,
  business: string,
): Promise<void> {
  await server.call('POST', `${base}/numbers`, { id: 'n_main', e164: business, kind: 'rented' }, 201);
  await server.call('PATCH', `${base}/numbers/n_main/settings`, { strategy: 'longest_idle' });
  for (let user = 0; user < users; user += 50)
    await Promise.all(
      Array.from({ length: Math.min(50, users - user) }, (_, index) =>
        server.call('PUT', `${base}/users/u_${user + index}/presence`, { presence: 'online' }),
      ),
    );
}
