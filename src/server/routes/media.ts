import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { hearsNumber, numbersHeardBy } from '../../app/media/voicemail-numbers.ts';
import type { Principal } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import type { MediaRecord, Store } from '../../store/port.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden, HttpError } from '../errors.ts';
import { errors, Id, iso, NoQuery, WorkspaceParams } from '../schemas.ts';
import { canSee } from './calls.ts';

const defaultLimit = 50;

const VoicemailListQuery = Type.Object(
  {
    numberId: Type.Optional(Id),
    heard: Type.Optional(Type.Boolean({ description: 'true: only heard ones; false: only unheard ones' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: defaultLimit })),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);

const AudioQuery = Type.Object(
  {
    download: Type.Optional(Type.Boolean({ description: 'true: sent as an attachment to save' })),
  },
  { additionalProperties: false },
);

const VoicemailParams = Type.Object({ workspaceId: Id, voicemailId: Id });
const RecordingParams = Type.Object({ workspaceId: Id, recordingId: Id });
const CallParams = Type.Object({ workspaceId: Id, callId: Id });

const audioUrl = Type.String({
  description:
    'GET it with the bearer header (a page fetches it and plays an object URL; a token in the URL is refused)',
});

const mediaFields = {
  id: Type.String(),
  callId: Type.String(),
  numberId: Type.String(),
  from: Type.String({ description: 'The caller, E.164' }),
  durationMs: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  audioUrl,
};

const VoicemailSchema = Type.Object({
  ...mediaFields,
  heard: Type.Boolean(),
  heardAt: Type.Optional(Type.String({ format: 'date-time' })),
  heardBy: Type.Optional(Type.String({ description: 'The user who marked it heard' })),
});

const RecordingSchema = Type.Object(mediaFields);

const WavAudio = {
  description: 'The audio: WAV, 16-bit mono PCM at 8 kHz',
  content: { 'audio/wav': { schema: Type.String({ format: 'binary' }) } },
};

const mediaView = (record: MediaRecord, collection: 'voicemails' | 'recordings') => ({
  id: record.id,
  callId: record.callId,
  numberId: record.numberId,
  from: record.from,
  durationMs: record.durationMs,
  createdAt: iso(record.createdAt),
  audioUrl: `/v1/workspaces/${record.workspaceId}/${collection}/${record.id}/audio`,
});

const voicemailView = (record: MediaRecord) => ({
  ...mediaView(record, 'voicemails'),
  heard: record.heardAt !== undefined,
  ...(record.heardAt !== undefined ? { heardAt: iso(record.heardAt) } : {}),
  ...(record.heardBy ? { heardBy: record.heardBy } : {}),
});

/** As the calls route decides: an agent sees a call they answered, are on, or took part in. */
async function seesCall(context: ServerContext, principal: Principal, workspaceId: string, callId: string) {
  const record = await context.store.getCall(workspaceId, callId);
  const live = (await context.runtime.committed(workspaceId))?.calls.get(callId);
  return canSee(context.store, principal, workspaceId, record, live);
}

async function requireMedia(store: Store, workspaceId: string, kind: MediaRecord['kind'], id: string) {
  const record = await store.getMedia(workspaceId, id);
  if (!record || record.kind !== kind)
    throw notFound(kind, id, kind === 'voicemail' ? 'voicemailId' : 'recordingId');
  return record;
}

/** Sends the audio, or says plainly that the phone network has not delivered it yet. */
async function sendAudio(context: ServerContext, reply: FastifyReply, record: MediaRecord, download = false) {
  const audio = await context.media.open(record.workspaceId, record.id);
  if (!audio) {
    reply.header('retry-after', '1');
    throw new HttpError(
      404,
      'audio_not_ready',
      `the audio of ${record.kind} ${record.id} is not ready yet; try again shortly`,
    );
  }
  return reply
    .type('audio/wav')
    .header('content-disposition', `${download ? 'attachment' : 'inline'}; filename="${record.id}.wav"`)
    .send(audio);
}

export function registerMedia(app: App, context: ServerContext): void {
  const { runtime, store } = context;
  const tags = ['voicemails and recordings'];

  app.get(
    '/workspaces/:workspaceId/voicemails',
    {
      schema: {
        tags,
        summary: 'Voicemails (V8), newest first; agents see those of the numbers assigned to them (W8)',
        params: WorkspaceParams,
        querystring: VoicemailListQuery,
        response: {
          200: Type.Object({ items: Type.Array(VoicemailSchema), nextCursor: Type.Optional(Type.String()) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, workspaceId);
      const { numberId, heard, cursor } = request.query;
      const page = await store.listMedia(workspaceId, {
        kind: 'voicemail',
        numberIds: numbersHeardBy(principal, state, numberId),
        heard,
        limit: request.query.limit ?? defaultLimit,
        cursor,
      });
      return {
        items: page.items.map(voicemailView),
        ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
      };
    },
  );

  app.get(
    '/workspaces/:workspaceId/voicemails/:voicemailId/audio',
    {
      schema: {
        tags,
        summary: 'A voicemail’s audio (audio/wav), to play or download; 404 audio_not_ready until it arrives',
        params: VoicemailParams,
        querystring: AudioQuery,
        response: { 200: WavAudio, ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId, voicemailId } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      const record = await requireMedia(store, workspaceId, 'voicemail', voicemailId);
      const state = await committedWorkspace(context.runtime, workspaceId);
      if (!hearsNumber(principal, state, record.numberId))
        throw forbidden(`voicemail ${voicemailId} was left on a number not assigned to you`);
      return sendAudio(context, reply, record, request.query.download);
    },
  );

  app.post(
    '/workspaces/:workspaceId/voicemails/:voicemailId/heard',
    {
      schema: {
        tags,
        summary: 'Mark a voicemail heard (V8); marking one already heard changes nothing',
        params: VoicemailParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId, voicemailId } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      const record = await requireMedia(store, workspaceId, 'voicemail', voicemailId);
      const state = await committedWorkspace(context.runtime, workspaceId);
      if (!hearsNumber(principal, state, record.numberId))
        throw forbidden(`voicemail ${voicemailId} was left on a number not assigned to you`);
      if (record.heardAt !== undefined) return reply.status(204).send(null);
      const userId = principal.kind === 'user' ? principal.userId : undefined;
      try {
        await runtime.execute(
          workspaceId,
          { type: 'voicemail.mark_heard', voicemailId, ...(userId ? { userId } : {}) },
          actorOf(principal),
        );
      } catch (error) {
        // Someone else marked it between the read and the command: heard is heard.
        const heardMeanwhile = (await store.getMedia(workspaceId, voicemailId))?.heardAt !== undefined;
        if (!(error instanceof DomainError && error.code === 'not_found' && heardMeanwhile)) throw error;
      }
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/workspaces/:workspaceId/calls/:callId/recordings',
    {
      schema: {
        tags,
        summary: 'A call’s recordings (V2); agents see those of calls they answered',
        params: CallParams,
        querystring: NoQuery,
        response: { 200: Type.Object({ items: Type.Array(RecordingSchema) }), ...errors },
      },
    },
    async (request) => {
      const { workspaceId, callId } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      await committedWorkspace(context.runtime, workspaceId);
      if (!(await store.getCall(workspaceId, callId))) throw notFound('call', callId, 'callId');
      if (!(await seesCall(context, principal, workspaceId, callId)))
        throw forbidden('agents see only their own calls');
      const page = await store.listMedia(workspaceId, { kind: 'recording', callId, limit: 200 });
      return { items: page.items.map((record) => mediaView(record, 'recordings')) };
    },
  );

  app.get(
    '/workspaces/:workspaceId/recordings/:recordingId/audio',
    {
      schema: {
        tags,
        summary:
          'A call recording’s audio (audio/wav), to play or download; 404 audio_not_ready until it arrives',
        params: RecordingParams,
        querystring: AudioQuery,
        response: { 200: WavAudio, ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId, recordingId } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      await committedWorkspace(context.runtime, workspaceId);
      const record = await requireMedia(store, workspaceId, 'recording', recordingId);
      if (!(await seesCall(context, principal, workspaceId, record.callId)))
        throw forbidden('agents hear only the recordings of their own calls');
      return sendAudio(context, reply, record, request.query.download);
    },
  );
}
