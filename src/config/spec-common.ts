import { Type } from 'typebox';

/** Building blocks shared by the spec's sections. */
export const Id = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });
export const Ids = Type.Array(Id, { maxItems: 5000 });
export const Text = Type.String({ maxLength: 200 });
export const strict = { additionalProperties: false } as const;
