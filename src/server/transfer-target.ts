import { Type } from 'typebox';
import { Id } from './schemas.ts';

/** Where a call is transferred, as an API body names it (agents' transfers and supervisors'). */
export const TransferTargetSchema = Type.Object(
  {
    kind: Type.Enum(['user', 'group', 'department', 'external']),
    userId: Type.Optional(Id),
    groupId: Type.Optional(Id),
    departmentId: Type.Optional(Id),
    number: Type.Optional(Type.String({ maxLength: 40, description: 'E.164 (W6)' })),
  },
  { additionalProperties: false },
);

type TargetBody = {
  kind: 'user' | 'group' | 'department' | 'external';
  userId?: string;
  groupId?: string;
  departmentId?: string;
  number?: string;
};

/** The body's target as the engine's command takes it; a missing id is refused by the engine, naming the field. */
export function transferTargetOf(target: TargetBody) {
  switch (target.kind) {
    case 'user':
      return { kind: 'user' as const, userId: target.userId ?? '' };
    case 'group':
      return { kind: 'group' as const, groupId: target.groupId ?? '' };
    case 'department':
      return { kind: 'department' as const, departmentId: target.departmentId ?? '' };
    case 'external':
      return { kind: 'external' as const, number: target.number ?? '' };
  }
}
