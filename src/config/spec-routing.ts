import { Type } from 'typebox';
import { maxWrapUpSec } from '../engine/routing/rules.ts';
import { strict } from './spec-common.ts';

/** R1: an agent's skill at a level 1–5. */
export const SkillSpec = Type.Object(
  { skill: Type.String({ minLength: 1, maxLength: 40 }), level: Type.Integer({ minimum: 1, maximum: 5 }) },
  strict,
);

/** R1: a skill required at a minimum level; after `relax.afterSec` the minimum drops to `relax.minLevel` (0: dropped). */
export const RequirementSpec = Type.Object(
  {
    skill: Type.String({ minLength: 1, maxLength: 40 }),
    minLevel: Type.Integer({ minimum: 1, maximum: 5 }),
    relax: Type.Optional(
      Type.Object(
        {
          afterSec: Type.Integer({ minimum: 1, maximum: 86_400 }),
          minLevel: Type.Integer({ minimum: 0, maximum: 4 }),
        },
        strict,
      ),
    ),
  },
  strict,
);

/** R1/R2 on a number, group or department: left out, nothing required and no wrap-up. */
export const routingFields = {
  skills: Type.Optional(Type.Array(RequirementSpec, { maxItems: 20 })),
  wrapUpSec: Type.Optional(Type.Integer({ minimum: 0, maximum: maxWrapUpSec })),
};
