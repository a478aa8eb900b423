import type { FastifyReply } from 'fastify';
import { HttpError } from '../errors.ts';
import { WindowCounter, type WindowLimit } from './window-counter.ts';

const minute = 60_000;

/** The abuse limits (issue 12 items 8, 9); a server may tighten or loosen each. */
export interface LimitRules {
  /** Wrong passwords for one email, from anywhere, before sign-in answers 429. */
  signInFailuresPerAccount: WindowLimit;
  /** Wrong passwords from one address, for any email, before sign-in answers 429. */
  signInFailuresPerAddress: WindowLimit;
  /** New web-chat visitor sessions one address may start. */
  webchatSessionsPerAddress: WindowLimit;
  /** Messages one web-chat visitor may send. */
  webchatMessagesPerVisitor: WindowLimit;
  /** Characters one web-chat visitor may send, over all their messages. */
  webchatCharactersPerVisitor: WindowLimit;
}

export const defaultLimitRules: LimitRules = {
  signInFailuresPerAccount: { limit: 10, windowMs: 15 * minute },
  signInFailuresPerAddress: { limit: 50, windowMs: 15 * minute },
  webchatSessionsPerAddress: { limit: 20, windowMs: 10 * minute },
  webchatMessagesPerVisitor: { limit: 20, windowMs: minute },
  webchatCharactersPerVisitor: { limit: 20_000, windowMs: 10 * minute },
};

export type Limits = { [K in keyof LimitRules]: WindowCounter };

export function makeLimits(rules: Partial<LimitRules> = {}, now: () => number = Date.now): Limits {
  const all = { ...defaultLimitRules, ...rules };
  return {
    signInFailuresPerAccount: new WindowCounter(all.signInFailuresPerAccount, now),
    signInFailuresPerAddress: new WindowCounter(all.signInFailuresPerAddress, now),
    webchatSessionsPerAddress: new WindowCounter(all.webchatSessionsPerAddress, now),
    webchatMessagesPerVisitor: new WindowCounter(all.webchatMessagesPerVisitor, now),
    webchatCharactersPerVisitor: new WindowCounter(all.webchatCharactersPerVisitor, now),
  };
}

/** 429 with Retry-After in whole seconds, as RFC 9110 wants it. */
export function tooMany(reply: FastifyReply, waitMs: number, message: string): HttpError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  reply.header('retry-after', String(seconds));
  return new HttpError(429, 'rate_limited', `${message}; try again in ${seconds} s`);
}
