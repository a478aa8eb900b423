import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { MediaStore } from '../../telephony/media/store.ts';
import { type PromptKind, promptKinds } from '../../telephony/prompts/kinds.ts';
import { decodePrompt, promptLimits } from '../../telephony/prompts/prompt-audio.ts';
import type { App } from '../context.ts';
import { HttpError } from '../errors.ts';

/** S3: what number and menu prompts share: the WAV body, its checks, its storage and its view. */
export const wavTypes = ['audio/wav', 'audio/x-wav', 'audio/wave', 'audio/vnd.wave'];

export const PromptSchema = Type.Object({
  prompt: Type.Enum([...promptKinds], { description: 'Which prompt: an IVR menu’s is always menu' }),
  source: Type.Union([Type.Literal('uploaded'), Type.Literal('default')], {
    description: 'uploaded: its own WAV; default: the built-in spoken prompt in the number’s language',
  }),
  durationMs: Type.Optional(Type.Integer({ description: 'The uploaded audio’s length' })),
  audioUrl: Type.Optional(Type.String()),
});

export const WavAudio = {
  description: 'The prompt as uploaded: WAV, 8 kHz mono, 16-bit PCM or µ-law',
  content: { 'audio/wav': { schema: Type.String({ format: 'binary' }) } },
};

export const uploadDescription =
  'Body: the WAV file itself, with Content-Type audio/wav. It replaces the previous upload.';

/** Registers routes that read WAV bodies; only they do, with a limit a little over the largest prompt for a clear 400. */
export function withWavBodies(app: App, register: (scope: App) => void): void {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      wavTypes,
      { parseAs: 'buffer', bodyLimit: promptLimits.maxBytes * 2 },
      (_request, body, done) => done(null, body),
    );
    register(scope as unknown as App);
  });
}

/** Checks an uploaded body is a prompt this server plays, then keeps it (replacing any earlier one). */
export async function storePrompt(
  media: MediaStore,
  workspaceId: string,
  mediaId: string,
  body: unknown,
): Promise<{ durationMs: number }> {
  if (!Buffer.isBuffer(body))
    throw new HttpError(
      400,
      'validation',
      'audio must be sent as the body with Content-Type audio/wav',
      'audio',
    );
  const { durationMs } = decodePrompt(body);
  await media.put(workspaceId, mediaId, body);
  return { durationMs: Math.round(durationMs) };
}

export async function promptView(
  media: MediaStore,
  workspaceId: string,
  mediaId: string,
  prompt: PromptKind,
  audioUrl: string,
) {
  const audio = await media.open(workspaceId, mediaId);
  if (!audio) return { prompt, source: 'default' as const };
  return {
    prompt,
    source: 'uploaded' as const,
    durationMs: Math.round(decodePrompt(audio).durationMs),
    audioUrl,
  };
}

export const sendWav = (reply: FastifyReply, audio: Buffer, name: string) =>
  reply.type('audio/wav').header('content-disposition', `inline; filename="${name}.wav"`).send(audio);
