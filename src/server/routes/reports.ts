import { Readable } from 'node:stream';
import { Type } from 'typebox';
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

const reports = ['calls', 'conversations', 'agents', 'service-level', 'callbacks'] as const;
type ReportName = (typeof reports)[number];

const ReportParams = Type.Object({
  workspaceId: Id,
  report: Type.Enum([...reports, ...reports.map((name) => `${name}.csv`)], {
    description: 'The report; a .csv ending asks for CSV, as `Accept: text/csv` does',
  }),
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

/**
 * I3: reports for a period, as JSON or CSV, written out row by row as the store pages them
 * (a month of a large centre never sits in memory). Supervisors and admins.
 */
export function registerReports(app: App, context: ServerContext): void {
  app.get(
    '/workspaces/:workspaceId/reports/:report',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Calls (one row per call), conversations (one per conversation), agents (per agent and 30-minute interval: offered, answered, missed, talk, time in each presence), service level (per 30-minute interval; callers who asked for a callback counted apart) or callbacks (one per callback requested, with its outcome) for a period; JSON { items } or CSV',
        params: ReportParams,
        querystring: ReportQuery,
        response: {
          200: Type.Unknown({ description: 'JSON { items: [...] }, or CSV with a header line' }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'supervisor');
      await committedWorkspace(context.runtime, workspaceId);
      const { from, to } = timeRange(request.query.from, request.query.to);
      const period = { from: from!, to: to! };
      const name = request.params.report.replace(/\.csv$/, '') as ReportName;
      const asCsv =
        request.params.report.endsWith('.csv') || /\btext\/csv\b/.test(request.headers.accept ?? '');
      const { columns, rows } = source(
        context.store,
        workspaceId,
        name,
        period,
        request.query.targetSeconds,
        context.runtime.clock.now(),
      );
      if (asCsv)
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${workspaceId}-${name}.csv"`)
          .send(Readable.from(csvOf(columns, rows)));
      return reply.type('application/json; charset=utf-8').send(Readable.from(jsonOf(rows)));
    },
  );
}
