import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { type Static, Type } from 'typebox';
import { type ReportName, reportNames, reportRowSchemas } from '../../api/reports.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { agentColumns, agentRows } from '../../integrations/reports/agents.ts';
import { callbackColumns, callbackRows } from '../../integrations/reports/callbacks.ts';
import { csvLine } from '../../integrations/reports/csv.ts';
import {
  callColumns,
  callRows,
  conversationColumns,
  conversationRows,
  type Period,
} from '../../integrations/reports/rows.ts';
import { serviceLevelColumns, serviceLevelRows } from '../../integrations/reports/service-level.ts';
import type { Store } from '../../store/port.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id } from '../schemas.ts';
import { timeRange } from '../time-range.ts';

const ReportParams = Type.Object({ workspaceId: Id });
const CsvParams = Type.Object({
  workspaceId: Id,
  report: Type.Enum(
    reportNames.map((name) => `${name}.csv`),
    { description: 'The report, as a CSV file' },
  ),
});

const ReportQuery = Type.Object(
  {
    from: Type.String({
      format: 'date-time',
      description: 'Start of the period (calls and conversations started at or after)',
    }),
    to: Type.String({ format: 'date-time', description: 'End of the period (started before)' }),
    targetSeconds: Type.Integer({
      minimum: 1,
      maximum: 3600,
      default: 20,
      description: 'service-level: answered within this wait counts as within target',
    }),
  },
  { additionalProperties: false },
);

type Row = Record<string, string | number | undefined>;

function source(
  store: Store,
  workspaceId: string,
  report: ReportName,
  period: Period,
  targetSeconds: number,
  now: number,
) {
  if (report === 'calls') return { columns: callColumns, rows: callRows(store, workspaceId, period) };
  if (report === 'callbacks')
    return { columns: callbackColumns, rows: callbackRows(store, workspaceId, period) };
  if (report === 'conversations')
    return { columns: conversationColumns, rows: conversationRows(store, workspaceId, period) };
  if (report === 'agents') {
    const rows = (async function* () {
      yield* await agentRows(store, workspaceId, period, now);
    })();
    return { columns: agentColumns, rows };
  }
  const rows = (async function* () {
    yield* await serviceLevelRows(store, workspaceId, period, targetSeconds);
  })();
  return { columns: serviceLevelColumns, rows };
}

async function* csvOf(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield csvLine([...columns]);
  for await (const row of rows) yield csvLine(columns.map((column) => row[column]));
}

async function* jsonOf(rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield '{"items":[';
  let first = true;
  for await (const row of rows) {
    yield `${first ? '' : ','}${JSON.stringify(row)}`;
    first = false;
  }
  yield ']}';
}

const summaries: Record<ReportName, string> = {
  calls: 'The calls report: one row per call started in the period',
  conversations: 'The conversations report: one row per conversation opened in the period',
  agents:
    'The agents report: per agent and 30-minute interval, offered, answered, missed, talk and time in each presence',
  'service-level':
    'The service-level report: per 30-minute interval; callers who asked for a callback counted apart',
  callbacks: 'The callbacks report: one row per callback requested in the period, with its outcome',
};

const Csv = Type.String({ description: 'CSV with a header line: one column per field of a row, in order' });

/**
 * I3: reports for a period, as JSON or CSV, written out row by row as the store pages them
 * (a month of a large centre never sits in memory). Supervisors and admins. Each report is
 * its own route, with its rows' schema (src/api/reports.ts); `/reports/{name}.csv` downloads one.
 */
export function registerReports(app: App, context: ServerContext): void {
  /** Writes a report out; the caller has authorized the request. */
  const answer = async (
    reply: FastifyReply,
    workspaceId: string,
    query: Static<typeof ReportQuery>,
    name: ReportName,
    asCsv: boolean,
  ) => {
    await committedWorkspace(context.runtime, workspaceId);
    const { from, to } = timeRange(query.from, query.to);
    const period = { from: from!, to: to! };
    const { columns, rows } = source(
      context.store,
      workspaceId,
      name,
      period,
      query.targetSeconds,
      context.runtime.clock.now(),
    );
    if (asCsv)
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${workspaceId}-${name}.csv"`)
        .send(Readable.from(csvOf(columns, rows)));
    return reply.type('application/json; charset=utf-8').send(Readable.from(jsonOf(rows)));
  };

  for (const name of reportNames)
    app.get(
      `/workspaces/:workspaceId/reports/${name}`,
      {
        schema: {
          tags: ['reports'],
          summary: `${summaries[name]}; JSON { items } or, with \`Accept: text/csv\`, CSV`,
          params: ReportParams,
          querystring: ReportQuery,
          response: {
            200: {
              description: 'The rows in order',
              content: {
                'application/json': {
                  schema: Type.Object({ items: Type.Array(reportRowSchemas[name]) }),
                },
                'text/csv': { schema: Csv },
              },
            },
            ...errors,
          },
        },
      },
      (request, reply) => {
        const { workspaceId } = request.params;
        authorize(request, workspaceId, 'supervisor');
        const asCsv = /\btext\/csv\b/.test(request.headers.accept ?? '');
        return answer(reply, workspaceId, request.query, name, asCsv);
      },
    );

  app.get(
    '/workspaces/:workspaceId/reports/:report',
    {
      schema: {
        tags: ['reports'],
        summary:
          'A report as a CSV file to download: calls, conversations, agents, service-level or callbacks',
        params: CsvParams,
        querystring: ReportQuery,
        response: { 200: { description: 'The report', content: { 'text/csv': { schema: Csv } } }, ...errors },
      },
    },
    (request, reply) => {
      const { workspaceId, report } = request.params;
      authorize(request, workspaceId, 'supervisor');
      return answer(reply, workspaceId, request.query, report.replace(/\.csv$/, '') as ReportName, true);
    },
  );
}
