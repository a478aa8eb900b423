import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { menuPromptMediaId } from '../../telephony/prompts/kinds.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { errors, Id, WorkspaceParams } from '../schemas.ts';
import {
  PromptSchema,
  promptView,
  sendWav,
  storePrompt,
  uploadDescription,
  WavAudio,
  wavTypes,
  withWavBodies,
} from './wav-upload.ts';

const MenuParams = Type.Object({ ...WorkspaceParams.properties, menuId: Id });

/**
 * S3 and V10: an IVR menu's own recorded prompt. A caller in a sub-menu hears that menu's
 * words, not the first menu's; a menu without an upload plays the number's menu upload when
 * it is the menu the number answers with, else the built-in spoken prompt.
 */
export function registerIvrMenuPrompts(app: App, context: ServerContext): void {
  const tags = ['ivr menus'];
  const base = '/workspaces/:workspaceId/ivr-menus/:menuId/prompt';
  const menuOf = async (workspaceId: string, menuId: string) => {
    const state = await committedWorkspace(context.runtime, workspaceId);
    if (!Object.hasOwn(state.ivrMenus, menuId)) throw notFound('IVR menu', menuId, 'menuId');
    return menuId;
  };
  const audioUrl = (workspaceId: string, menuId: string) =>
    `/v1/workspaces/${workspaceId}/ivr-menus/${menuId}/prompt/audio`;

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Whether an IVR menu plays its own uploaded prompt (supervisors, admins)',
        params: MenuParams,
        response: { 200: PromptSchema, ...errors },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'supervisor');
      const menuId = await menuOf(workspaceId, request.params.menuId);
      return promptView(
        context.media,
        workspaceId,
        menuPromptMediaId(menuId),
        'menu',
        audioUrl(workspaceId, menuId),
      );
    },
  );

  app.get(
    `${base}/audio`,
    {
      schema: {
        tags,
        summary: 'An IVR menu’s uploaded prompt (audio/wav); 404 when it has none',
        params: MenuParams,
        response: { 200: WavAudio, ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'supervisor');
      const menuId = await menuOf(workspaceId, request.params.menuId);
      const audio = await context.media.open(workspaceId, menuPromptMediaId(menuId));
      if (!audio)
        throw new HttpError(404, 'not_found', `IVR menu ${menuId} has no prompt of its own`, 'menuId');
      return sendWav(reply, audio, `menu-${menuId}`);
    },
  );

  withWavBodies(app, (scope) =>
    scope.put(
      `${base}/audio`,
      {
        schema: {
          tags,
          summary:
            'Upload an IVR menu’s prompt (admins): WAV, 8 kHz mono, 16-bit PCM or µ-law, at most 1 MiB and 60 s',
          description: uploadDescription,
          consumes: wavTypes,
          params: MenuParams,
          response: { 200: PromptSchema, ...errors },
        },
      },
      async (request) => {
        const { workspaceId } = request.params;
        authorize(request, workspaceId, 'admin');
        const menuId = await menuOf(workspaceId, request.params.menuId);
        const { durationMs } = await storePrompt(
          context.media,
          workspaceId,
          menuPromptMediaId(menuId),
          request.body,
        );
        return {
          prompt: 'menu' as const,
          source: 'uploaded' as const,
          durationMs,
          audioUrl: audioUrl(workspaceId, menuId),
        };
      },
    ),
  );

  app.delete(
    `${base}/audio`,
    {
      schema: {
        tags,
        summary: 'Withdraw an IVR menu’s uploaded prompt (admins)',
        params: MenuParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'admin');
      const menuId = await menuOf(workspaceId, request.params.menuId);
      await context.media.remove(workspaceId, menuPromptMediaId(menuId));
      return reply.status(204).send(null);
    },
  );
}
