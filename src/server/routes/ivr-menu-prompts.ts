import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { menuPromptMediaId } from '../../telephony/prompts/kinds.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, WorkspaceParams } from '../schemas.ts';
import { promptHandlers } from './prompt-handlers.ts';
import { PromptSchema, uploadDescription, WavAudio, wavTypes, withWavBodies } from './wav-upload.ts';

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
  const prompt = promptHandlers<{ workspaceId: string; menuId: string }>(
    context,
    async ({ workspaceId, menuId }) => {
      await menuOf(workspaceId, menuId);
      return {
        kind: 'menu',
        mediaId: menuPromptMediaId(menuId),
        audioUrl: `/v1/workspaces/${workspaceId}/ivr-menus/${menuId}/prompt/audio`,
        fileName: `menu-${menuId}`,
        missing: { message: `IVR menu ${menuId} has no prompt of its own`, field: 'menuId' },
      };
    },
  );

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
    prompt.view,
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
    prompt.play,
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
      prompt.upload,
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
    prompt.remove,
  );
}
