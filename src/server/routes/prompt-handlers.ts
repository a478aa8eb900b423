import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PromptKind } from '../../telephony/prompts/kinds.ts';
import { authorize } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { promptView, sendWav, storePrompt } from './wav-upload.ts';

/** One prompt of something that has prompts (a number, an IVR menu), as its route's params name it. */
export interface PromptSlot {
  /** The prompt's kind, as a number's prompts and the menu's prompt are both described. */
  kind: PromptKind;
  mediaId: string;
  audioUrl: string;
  /** The downloaded file's name, without .wav. */
  fileName: string;
  /** The 404 when it plays the default: which field names the missing thing, and how. */
  missing: { message: string; field: string };
}

/**
 * S3: the shape every prompt route shares: find the owner (404 if it does not exist), then
 * show, play, upload (a checked WAV) or withdraw its prompt. Supervisors may listen, admins
 * change. The routes keep their own paths, schemas and operationIds; only the handling is here.
 */
export function promptHandlers<Params extends { workspaceId: string }>(
  context: ServerContext,
  slotOf: (params: Params) => Promise<PromptSlot>,
) {
  const slot = async (request: FastifyRequest, role: 'supervisor' | 'admin') => {
    const params = request.params as Params;
    authorize(request, params.workspaceId, role);
    return { workspaceId: params.workspaceId, prompt: await slotOf(params) };
  };
  return {
    view: async (request: FastifyRequest) => {
      const { workspaceId, prompt } = await slot(request, 'supervisor');
      return promptView(context.media, workspaceId, prompt.mediaId, prompt.kind, prompt.audioUrl);
    },
    play: async (request: FastifyRequest, reply: FastifyReply) => {
      const { workspaceId, prompt } = await slot(request, 'supervisor');
      const audio = await context.media.open(workspaceId, prompt.mediaId);
      if (!audio) throw new HttpError(404, 'not_found', prompt.missing.message, prompt.missing.field);
      return sendWav(reply, audio, prompt.fileName);
    },
    upload: async (request: FastifyRequest) => {
      const { workspaceId, prompt } = await slot(request, 'admin');
      const { durationMs } = await storePrompt(context.media, workspaceId, prompt.mediaId, request.body);
      return { prompt: prompt.kind, source: 'uploaded' as const, durationMs, audioUrl: prompt.audioUrl };
    },
    remove: async (request: FastifyRequest, reply: FastifyReply) => {
      const { workspaceId, prompt } = await slot(request, 'admin');
      await context.media.remove(workspaceId, prompt.mediaId);
      return reply.status(204).send(null);
    },
  };
}
