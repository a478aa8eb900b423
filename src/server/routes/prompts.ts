import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { type PromptKind, promptKinds, promptMediaId } from '../../telephony/prompts/kinds.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, WorkspaceParams } from '../schemas.ts';
import { type PromptSlot, promptHandlers } from './prompt-handlers.ts';
import {
  PromptSchema,
  promptView,
  uploadDescription,
  WavAudio,
  wavTypes,
  withWavBodies,
} from './wav-upload.ts';

const NumberParams = Type.Object({ ...WorkspaceParams.properties, numberId: Id });
const PromptParams = Type.Object({
  ...NumberParams.properties,
  prompt: Type.Union(
    promptKinds.map((kind) => Type.Literal(kind)),
    {
      description:
        'welcome, menu (the IVR menu), closed (the closed / out-of-hours message), voicemail_greeting',
    },
  ),
});

/**
 * S3: a number's prompts as audio. Admins upload a WAV per prompt (validated: format, size,
 * length) and it is kept in the media store beside voicemails and recordings; a number
 * without its own prompt plays the built-in spoken one. Real calls (SIP) play them.
 */
/** Where a number's prompt of this kind is kept and served. */
const slot = (workspaceId: string, numberId: string, kind: PromptKind): PromptSlot => ({
  kind,
  mediaId: promptMediaId(numberId, kind),
  audioUrl: `/v1/workspaces/${workspaceId}/numbers/${numberId}/prompts/${kind}`,
  fileName: kind,
  missing: { message: `number ${numberId} has no ${kind} prompt of its own`, field: 'prompt' },
});

export function registerPrompts(app: App, context: ServerContext): void {
  const tags = ['numbers'];
  const numberOf = async (workspaceId: string, numberId: string) => {
    const state = await committedWorkspace(context.runtime, workspaceId);
    if (!Object.hasOwn(state.numbers, numberId)) throw notFound('number', numberId, 'numberId');
    return numberId;
  };
  const prompt = promptHandlers<{ workspaceId: string; numberId: string; prompt: PromptKind }>(
    context,
    async ({ workspaceId, numberId, prompt: kind }) => {
      await numberOf(workspaceId, numberId);
      return slot(workspaceId, numberId, kind);
    },
  );

  app.get(
    '/workspaces/:workspaceId/numbers/:numberId/prompts',
    {
      schema: {
        tags,
        summary:
          'Which of a number’s prompts are its own uploads and which play the default (supervisors, admins)',
        params: NumberParams,
        response: { 200: Type.Object({ items: Type.Array(PromptSchema) }), ...errors },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'supervisor');
      const numberId = await numberOf(workspaceId, request.params.numberId);
      const view = async (kind: PromptKind) => {
        const { mediaId, audioUrl } = slot(workspaceId, numberId, kind);
        return promptView(context.media, workspaceId, mediaId, kind, audioUrl);
      };
      return { items: await Promise.all(promptKinds.map(view)) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/numbers/:numberId/prompts/:prompt',
    {
      schema: {
        tags,
        summary: 'A number’s uploaded prompt (audio/wav); 404 when it plays the default',
        params: PromptParams,
        response: { 200: WavAudio, ...errors },
      },
    },
    prompt.play,
  );

  withWavBodies(app, (scope) =>
    scope.put(
      '/workspaces/:workspaceId/numbers/:numberId/prompts/:prompt',
      {
        schema: {
          tags,
          summary:
            'Upload a number’s prompt (admins): WAV, 8 kHz mono, 16-bit PCM or µ-law, at most 1 MiB and 60 s',
          description: uploadDescription,
          consumes: wavTypes,
          params: PromptParams,
          response: { 200: PromptSchema, ...errors },
        },
      },
      prompt.upload,
    ),
  );

  app.delete(
    '/workspaces/:workspaceId/numbers/:numberId/prompts/:prompt',
    {
      schema: {
        tags,
        summary: 'Withdraw a number’s uploaded prompt (admins): it plays the default again',
        params: PromptParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    prompt.remove,
  );
}
