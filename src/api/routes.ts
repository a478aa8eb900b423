import { type Static, Type } from 'typebox';
import { ContactSchema, DepartmentSchema, NumberSchema, UserSchema } from './resources.ts';
import { WorkflowRunsPageSchema } from './workflow-runs.ts';
import { WorkflowTemplateSchema } from './workflow-templates.ts';
import { WorkflowSchema } from './workflows.ts';

const list = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item) });

/**
 * What a GET answers, by route, for the routes whose schemas live in src/api (paths relative
 * to a workspace, as the console writes them). The server answers these routes with the same
 * schemas (src/server/schemas.ts re-exports them; a test compares them with /openapi.json);
 * the console's typed client reads them, so a path the server does not serve, or a wrong
 * answer type, is a compile error.
 */
export const readRoutes = {
  '/users': list(UserSchema),
  '/users/:userId': UserSchema,
  '/departments': list(DepartmentSchema),
  '/departments/:departmentId': DepartmentSchema,
  '/numbers': list(NumberSchema),
  '/numbers/:numberId': NumberSchema,
  '/contacts': list(ContactSchema),
  '/contacts/:contactId': ContactSchema,
  '/workflows': list(WorkflowSchema),
  '/workflows/:workflowId': WorkflowSchema,
  '/workflows/:workflowId/runs': WorkflowRunsPageSchema,
  '/workflow-templates': list(WorkflowTemplateSchema),
};

export type ReadRoutes = { [R in keyof typeof readRoutes]: Static<(typeof readRoutes)[R]> };

/** A route with its parameters filled in: '/users/:userId/runs' → `/users/${string}/runs`. */
type Filled<R extends string> = R extends `${infer Head}:${infer Rest}`
  ? Rest extends `${string}/${infer Tail}`
    ? `${Head}${string}/${Filled<Tail>}`
    : `${Head}${string}`
  : R;

/** A filled route, with or without a query string. */
type Asked<R extends string> = Filled<R> | `${Filled<R>}?${string}`;

export type ReadPath = { [R in keyof ReadRoutes]: Asked<R> }[keyof ReadRoutes];

/**
 * The answer to one path: its route's, where the path is that route and not a longer one
 * (`/users/u1/presence` is not `/users/:userId`).
 */
export type ReadAnswer<P extends string> = {
  [R in keyof ReadRoutes]: P extends Asked<R>
    ? P extends `${Filled<R>}/${string}`
      ? never
      : ReadRoutes[R]
    : never;
}[keyof ReadRoutes];
