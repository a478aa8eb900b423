import type { Static } from 'typebox';
import { describe, expectTypeOf, it } from 'vitest';
import type { Contact, PhoneNumber, User } from './resources.ts';
import type { ReadAnswer, ReadPath } from './routes.ts';
import type { WorkflowRunsPageSchema } from './workflow-runs.ts';
import type { Workflow } from './workflows.ts';

describe('the console’s typed reads (issue 17): a path’s answer is its route’s schema', () => {
  it('lists, single resources and queries resolve to the route’s type; longer paths to none', () => {
    expectTypeOf<ReadAnswer<'/users'>>().toEqualTypeOf<{ items: User[] }>();
    expectTypeOf<ReadAnswer<`/users/${string}`>>().toEqualTypeOf<User>();
    expectTypeOf<ReadAnswer<`/contacts?phone=${string}`>>().toEqualTypeOf<{ items: Contact[] }>();
    expectTypeOf<ReadAnswer<'/numbers/n_1'>>().toEqualTypeOf<PhoneNumber>();
    expectTypeOf<ReadAnswer<'/numbers/n_1/settings'>>().toEqualTypeOf<never>();
    expectTypeOf<'/billing'>().not.toExtend<ReadPath>();
    expectTypeOf<ReadAnswer<`/workflows/${string}`>>().toEqualTypeOf<Workflow>();
    expectTypeOf<ReadAnswer<`/workflows/${string}/runs?limit=${number}`>>().toEqualTypeOf<
      Static<typeof WorkflowRunsPageSchema>
    >();
    expectTypeOf<ReadAnswer<'/workflows/wf/runs/r1'>>().toEqualTypeOf<never>();
  });
});
