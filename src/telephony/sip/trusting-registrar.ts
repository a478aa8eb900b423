import type { Command } from '../../engine/commands.ts';
import type { DigestAuth } from './digest.ts';
import { SipGuard } from './guard.ts';
import type { PhoneChange } from './phone-change.ts';
import { Registrar } from './registrar.ts';
import type { RegistrationStore } from './registration-file.ts';
import type { ServerTransaction } from './transactions.ts';

/*
 * For tests of how registrations are kept (stores, races, failed writes): a node's registrar
 * for workspace `w` whose one phone account (ann, user u_ann) is always authenticated, and a
 * REGISTER of that phone built in memory, without a SIP stack.
 */

/** The registrar, with what it told its engine and relayed to the owner. */
export function trustingRegistrar(store: RegistrationStore, options: { owns: boolean; now?: () => number }) {
  const submitted: Command[] = [];
  const relayed: PhoneChange[] = [];
  const state = { sip: { accounts: { u_ann: { username: 'ann', ha1: {}, registered: false } } } };
  const auth = { challenges: () => [], verify: () => 'ok' } as unknown as DigestAuth;
  const registrar = new Registrar(
    {
      workspaceIds: () => ['w'],
      state: () => state as never,
      submit: async (_workspaceId, command) => void submitted.push(command),
      now: options.now ?? (() => Date.now()),
      owns: () => options.owns,
      relay: (change) => void relayed.push(change),
    },
    auth,
    new SipGuard(),
    store,
  );
  return { registrar, submitted, relayed };
}

/** What the registrar answered a REGISTER. */
export interface RegisterAnswer {
  status: number;
  reason?: string;
  headers: Array<[string, string]>;
}

/** A REGISTER of ann's phone at `port` from one boot of the phone (its Call-ID), numbered `cseq`. */
export async function registerAnn(
  registrar: Registrar,
  request: { port: number; cseq: number; expires: number },
): Promise<RegisterAnswer> {
  const { port, cseq, expires } = request;
  const headers = new Map([
    ['Authorization', 'Digest username="ann", realm="switchboard", nonce="n", uri="sip:x", response="r"'],
    ['To', '<sip:ann@switchboard>'],
    ['Contact', `<sip:ann@192.0.2.1:${port}>;expires=${expires}`],
    ['Call-ID', `boot-${port}@192.0.2.1`],
    ['CSeq', `${cseq} REGISTER`],
  ]);
  let answer: RegisterAnswer | undefined;
  const transaction = {
    request: {
      headers: { get: (name: string) => headers.get(name), values: (name: string) => [headers.get(name)!] },
    },
    from: { transport: 'udp', address: '192.0.2.1', port },
    reply: (status: number, options?: { reason?: string; headers?: Array<[string, string]> }) => {
      answer = {
        status,
        ...(options?.reason ? { reason: options.reason } : {}),
        headers: options?.headers ?? [],
      };
    },
  } as unknown as ServerTransaction;
  await registrar.register(transaction);
  return answer!;
}
