import { type Static, Type } from 'typebox';

/** F4: a ready-made workflow and the parameters it asks for. */
export const WorkflowTemplateSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  parameters: Type.Array(
    Type.Object({
      name: Type.String(),
      kind: Type.Enum(['user', 'department', 'number', 'minutes']),
      required: Type.Boolean(),
      description: Type.String(),
      default: Type.Optional(Type.Integer()),
    }),
  ),
});
export type WorkflowTemplate = Static<typeof WorkflowTemplateSchema>;
export type TemplateParameter = WorkflowTemplate['parameters'][number];
