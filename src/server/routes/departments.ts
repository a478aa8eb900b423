import { Type } from 'typebox';
import { findDepartments } from '../../app/directory/directory.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { DepartmentSchema, errors, Id, NoQuery, WorkspaceParams } from '../schemas.ts';
import { departmentView } from '../views.ts';

const departmentFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  memberIds: Type.Array(Id, { maxItems: 5000 }),
};

const CreateDepartment = Type.Object(
  {
    id: Type.Optional(Id),
    name: departmentFields.name,
    memberIds: Type.Optional(departmentFields.memberIds),
  },
  { additionalProperties: false },
);

const UpdateDepartment = Type.Partial(Type.Object(departmentFields), { additionalProperties: false });

const DepartmentParams = Type.Object({ workspaceId: Id, departmentId: Id });

const ListQuery = Type.Object(
  { search: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

function requireDepartmentView(state: WorkspaceState, departmentId: string) {
  const department = state.departments[departmentId];
  if (!department) throw notFound('department', departmentId, 'departmentId');
  return departmentView(state, department);
}

export function registerDepartments(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['departments'];

  app.get(
    '/workspaces/:workspaceId/departments',
    {
      schema: {
        tags,
        summary: 'List departments with member and online counts (C2); search by name',
        params: WorkspaceParams,
        querystring: ListQuery,
        response: { 200: Type.Object({ items: Type.Array(DepartmentSchema) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const items = findDepartments(state, request.query.search).map((department) =>
        departmentView(state, department),
      );
      return { items };
    },
  );

  app.post(
    '/workspaces/:workspaceId/departments',
    {
      schema: {
        tags,
        summary: 'Add a department (admin)',
        params: WorkspaceParams,
        body: CreateDepartment,
        response: { 201: DepartmentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { id, ...fields } = request.body;
      const departmentId = id ?? newId('dep');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'department.create', departmentId, ...fields },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return reply.status(201).send(requireDepartmentView(state, departmentId));
    },
  );

  app.get(
    '/workspaces/:workspaceId/departments/:departmentId',
    {
      schema: {
        tags,
        summary: 'One department',
        params: DepartmentParams,
        querystring: NoQuery,
        response: { 200: DepartmentSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      return requireDepartmentView(state, request.params.departmentId);
    },
  );

  app.patch(
    '/workspaces/:workspaceId/departments/:departmentId',
    {
      schema: {
        tags,
        summary: 'Rename a department or set its members (admin)',
        params: DepartmentParams,
        body: UpdateDepartment,
        response: { 200: DepartmentSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'department.update', departmentId: request.params.departmentId, ...request.body },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return requireDepartmentView(state, request.params.departmentId);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/departments/:departmentId',
    {
      schema: {
        tags,
        summary: 'Remove a department (admin); its members stay users',
        params: DepartmentParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'department.remove', departmentId: request.params.departmentId },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );
}
