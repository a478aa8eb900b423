/**
 * The API's contract as the console calls it, from the types generated from /openapi.json
 * (openapi.ts, `npm run generate:api`): every route, with its path parameters, query, body and
 * answer. Nothing here is written by hand, so a route, field or answer the server does not have
 * is a compile error in the console.
 */
import type { operations, paths } from './openapi.ts';

type WorkspacePrefix = '/v1/workspaces/{workspaceId}';

/**
 * A route as the console writes it: relative to the signed-in workspace (`/users/{userId}`,
 * and `''` for the workspace itself), or from the API's root after `//` (`//me`).
 */
type ConsoleRoute<P> = P extends `${WorkspacePrefix}${infer Rest}`
  ? Rest extends '' | `/${string}`
    ? Rest
    : never
  : P extends `/v1${infer Rest}`
    ? `/${Rest}`
    : never;

export type Routes = { [P in keyof paths as ConsoleRoute<P>]: paths[P] };

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The routes that answer a method. */
export type RouteOf<M extends Method> = {
  [R in keyof Routes]: Routes[R] extends { [K in M]: unknown } ? R : never;
}[keyof Routes];

/** The operation a method and route name. */
export type OperationOf<M extends Method, R extends RouteOf<M>> = Routes[R] extends { [K in M]: infer O }
  ? O
  : never;

type Json<C> = C extends { content: { 'application/json': infer A } } ? A : never;

type Success<R> = R extends { 200: infer A }
  ? Json<A>
  : R extends { 201: infer A }
    ? Json<A>
    : R extends { 202: infer A }
      ? Json<A>
      : never;

/** What an operation answers when it succeeds: its JSON, or nothing (204). */
export type AnswerOf<O> = O extends { responses: infer R }
  ? Success<R> | (R extends { 204: unknown } ? undefined : never)
  : never;

/** An operation's JSON body, or never when it takes none. */
export type BodyOf<O> = O extends { requestBody: infer B }
  ? Json<B>
  : O extends { requestBody?: infer B }
    ? Json<B>
    : never;

type ParametersOf<O> = O extends { parameters: infer P } ? P : Record<never, never>;
/** The path parameters the caller fills: the workspace's own id is the client's. */
type PathOf<R, O> =
  ParametersOf<O> extends { path: infer P }
    ? R extends `//${string}`
      ? P
      : Omit<P, 'workspaceId'>
    : Record<never, never>;
type QueryOf<O> = ParametersOf<O> extends { query?: infer Q } ? Q : never;

type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

/**
 * What one call sends beside its route: `path` (the route's parameters), `query` and `body`,
 * each there only when the operation takes it, and required when some field of it is (a body
 * left out is sent as `{}`).
 */
export type Init<R, O> = ([RequiredKeys<PathOf<R, O>>] extends [never]
  ? { path?: PathOf<R, O> }
  : { path: PathOf<R, O> }) &
  ([QueryOf<O>] extends [never]
    ? { query?: never }
    : [RequiredKeys<QueryOf<O>>] extends [never]
      ? { query?: QueryOf<O> }
      : { query: QueryOf<O> }) &
  ([BodyOf<O>] extends [never]
    ? { body?: never }
    : [RequiredKeys<BodyOf<O>>] extends [never]
      ? { body?: BodyOf<O> }
      : { body: BodyOf<O> });

/** The init argument: optional when nothing in it is required. */
export type InitArgument<R, O> = [RequiredKeys<Init<R, O>>] extends [never]
  ? [init?: Init<R, O>]
  : [init: Init<R, O>];

/** One operation's answer, by operationId: `Answer<'getCall'>`. */
export type Answer<Id extends keyof operations> = AnswerOf<operations[Id]>;
/** One operation's JSON body, by operationId. */
export type Body<Id extends keyof operations> = BodyOf<operations[Id]>;
/** One operation's query, by operationId. */
export type Query<Id extends keyof operations> = NonNullable<QueryOf<operations[Id]>>;

/**
 * A list of every value of a union (`everyValue<Strategy>()(['a', 'b'])`), in the order the
 * console offers them: a value the contract does not have, or one of its values left out, does
 * not compile.
 */
export const everyValue =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : 'a value is missing')) =>
    list;
