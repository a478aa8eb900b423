import { Type } from 'typebox';
import { findContacts } from '../../app/directory/contacts.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { ContactSchema, errors, Id, NoQuery, Nullable, WorkspaceParams } from '../schemas.ts';
import { contactView } from '../views.ts';

const contactFields = {
  name: Type.String({ minLength: 1, maxLength: 200 }),
  company: Nullable(Type.String({ maxLength: 200 })),
  phones: Type.Array(Type.String({ maxLength: 40 }), {
    maxItems: 20,
    description: 'Each is validated and normalised to E.164 (W6)',
  }),
  responsibleUserId: Nullable(Id),
};

const CreateContact = Type.Object(
  {
    id: Type.Optional(Id),
    name: contactFields.name,
    company: Type.Optional(contactFields.company),
    phones: Type.Optional(contactFields.phones),
    responsibleUserId: Type.Optional(contactFields.responsibleUserId),
  },
  { additionalProperties: false },
);

const UpdateContact = Type.Partial(Type.Object(contactFields), { additionalProperties: false });

const ContactParams = Type.Object({ workspaceId: Id, contactId: Id });

const ListQuery = Type.Object(
  {
    search: Type.Optional(
      Type.String({ maxLength: 100, description: 'Name, company or part of a phone number' }),
    ),
    phone: Type.Optional(
      Type.String({ maxLength: 40, description: 'Exact phone look-up, normalised to E.164' }),
    ),
  },
  { additionalProperties: false },
);

function requireContactView(state: WorkspaceState, contactId: string) {
  const contact = state.contacts[contactId];
  if (!contact) throw notFound('contact', contactId, 'contactId');
  return contactView(contact);
}

export function registerContacts(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['contacts'];

  app.get(
    '/workspaces/:workspaceId/contacts',
    {
      schema: {
        tags,
        summary: 'List CRM contacts; search by name, company or phone, or look one up by exact phone',
        params: WorkspaceParams,
        querystring: ListQuery,
        response: { 200: Type.Object({ items: Type.Array(ContactSchema) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      return { items: findContacts(state, request.query).map(contactView) };
    },
  );

  app.post(
    '/workspaces/:workspaceId/contacts',
    {
      schema: {
        tags,
        summary: 'Add a CRM contact (supervisor or admin; agents read only)',
        params: WorkspaceParams,
        body: CreateContact,
        response: { 201: ContactSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'supervisor');
      const { id, ...fields } = request.body;
      const contactId = id ?? newId('ct');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'contact.create', contactId, ...fields },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return reply.status(201).send(requireContactView(state, contactId));
    },
  );

  app.get(
    '/workspaces/:workspaceId/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'One CRM contact',
        params: ContactParams,
        querystring: NoQuery,
        response: { 200: ContactSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      return requireContactView(
        await committedWorkspace(context.runtime, request.params.workspaceId),
        request.params.contactId,
      );
    },
  );

  app.patch(
    '/workspaces/:workspaceId/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'Change a CRM contact (supervisor or admin; agents read only)',
        params: ContactParams,
        body: UpdateContact,
        response: { 200: ContactSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'supervisor');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'contact.update', contactId: request.params.contactId, ...request.body },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return requireContactView(state, request.params.contactId);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'Remove a CRM contact (supervisor or admin; agents read only)',
        params: ContactParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'supervisor');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'contact.remove', contactId: request.params.contactId },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );
}
