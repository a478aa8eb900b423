import { type FormEvent, useState } from 'react';
import { AdminOnly } from '../admin/AdminOnly.tsx';
import { type Strategy, strategies } from '../admin/numbers/types.ts';
import { type Api, ApiError } from '../api/client.ts';
import type { Body } from '../api/contract.ts';
import { ErrorText, fieldOf } from '../components/ErrorText.tsx';
import { Field } from '../components/Field.tsx';
import { useResource } from '../components/useResource.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/messages/index.ts';
import { useSignedIn } from '../session/session.tsx';
import { SimulationResults } from './SimulationResults.tsx';
import type { Simulation } from './types.ts';
import './simulator.css';

interface Form {
  number: string;
  callsPerHour: string;
  /** "1 = 60, 21 = 30": percent of callers pressing each key sequence in the number's IVR. */
  keys: string;
  hours: string;
  aht: string;
  patience: string;
  threshold: string;
  agents: string;
  /** '' keeps each number's own. */
  strategy: Strategy | '';
  alwaysOpen: boolean;
  scale: string;
  /** A datetime-local value: replay the calls recorded from then on instead of generated traffic. */
  replayFrom: string;
}

/** "20, 40, 60" → [20, 40, 60]; anything unreadable is sent as is for the server to name. */
const rates = (text: string) => text.split(',').map((part) => Number(part.trim()));

/** "1 = 60, 21 = 30" → { "1": 0.6, "21": 0.3 }; a piece without "=" is sent as is for the server to name. */
function keyShares(text: string): Record<string, number> | undefined {
  const pieces = text
    .split(',')
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (pieces.length === 0) return undefined;
  const shares = new Map<string, number>();
  for (const piece of pieces) {
    const [keys = '', percent = ''] = piece.split('=').map((part) => part.trim());
    shares.set(keys, Number(percent) / 100);
  }
  return Object.fromEntries(shares);
}

/** M4: an admin asks "what if" of their own workspace's routing, and sees it beside the current one. */
export function SimulatorPage() {
  return (
    <AdminOnly>
      <Simulator />
    </AdminOnly>
  );
}

function Simulator() {
  const { t } = useI18n();
  const { api } = useSignedIn();
  const numbers = useResource(() => api.get('/numbers').then((page) => page.items), []);
  const [form, setForm] = useState<Form>({
    number: '',
    callsPerHour: '60',
    keys: '',
    hours: '8',
    aht: '180',
    patience: '90',
    threshold: '20',
    agents: '',
    strategy: '',
    alwaysOpen: false,
    scale: '1',
    replayFrom: '',
  });
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<Simulation>();
  const [progress, setProgress] = useState(0);
  const set = (key: keyof Form) => (value: string | boolean) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const number = form.number || numbers.data?.[0]?.e164 || '';
  const numberId = numbers.data?.find((item) => item.e164 === number)?.id;
  const settings = useResource(
    async () => (numberId ? api.get('/numbers/{numberId}/settings', { path: { numberId } }) : undefined),
    [numberId],
  );
  // Keys only mean something to a number that answers with a menu (V10).
  const hasMenu = settings.data?.route.kind === 'ivr';

  const run = async (event: FormEvent) => {
    event.preventDefault();
    setRunning(true);
    setError(undefined);
    try {
      const patience = Number(form.patience);
      const changes = {
        ...(form.agents.trim() === '' ? {} : { agents: Number(form.agents) }),
        ...(form.strategy ? { strategy: form.strategy } : {}),
        ...(form.alwaysOpen ? { alwaysOpen: true } : {}),
        trafficScale: Number(form.scale),
      };
      const replayFrom = new Date(form.replayFrom);
      const body: Body<'startSimulationJob'> = form.replayFrom
        ? {
            replay: {
              from: replayFrom.toISOString(),
              hours: Number(form.hours),
              thresholdSec: Number(form.threshold),
            },
            changes,
          }
        : {
            traffic: {
              hours: Number(form.hours),
              thresholdSec: Number(form.threshold),
              handleTime: { distribution: 'exponential', meanSec: Number(form.aht) },
              patience:
                patience > 0 ? { distribution: 'exponential', meanSec: patience } : { distribution: 'none' },
              streams: [
                {
                  number,
                  callsPerHour: rates(form.callsPerHour),
                  ...(hasMenu && keyShares(form.keys) ? { keys: keyShares(form.keys) } : {}),
                },
              ],
            },
            changes,
          };
      setProgress(0);
      setResult(await runJob(api, body, setProgress));
    } catch (caught) {
      setError(caught);
    } finally {
      setRunning(false);
    }
  };

  const errorFor = (...fields: string[]) => {
    const field = fieldOf(error);
    return field && fields.some((name) => field.startsWith(name)) ? (error as Error).message : undefined;
  };

  return (
    <section className="simulator" aria-labelledby="simulator-title" aria-busy={running}>
      <h1 id="simulator-title">{t('simulator.title')}</h1>
      <p>{t('simulator.intro')}</p>
      {numbers.data?.length === 0 && <p role="status">{t('simulator.noNumbers')}</p>}
      <form className="panel sim-form" onSubmit={run}>
        <fieldset>
          <legend>{t('simulator.traffic')}</legend>
          <Field label={t('simulator.number')} error={errorFor('streams[0].number')}>
            {(props) => (
              <select {...props} value={number} onChange={(event) => set('number')(event.target.value)}>
                {(numbers.data ?? []).map((item) => (
                  <option key={item.id} value={item.e164}>
                    {item.label ? `${item.label} (${item.e164})` : item.e164}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('simulator.callsPerHour')}
            hint={t('simulator.callsPerHour.hint')}
            error={errorFor('body/traffic/streams', 'streams[0].callsPerHour', 'traffic.streams')}
          >
            {(props) => (
              <input
                {...props}
                value={form.callsPerHour}
                onChange={(event) => set('callsPerHour')(event.target.value)}
              />
            )}
          </Field>
          {hasMenu && (
            <Field
              label={t('simulator.keys')}
              hint={t('simulator.keys.hint')}
              error={errorFor('body/traffic/streams/0/keys', 'streams[0].keys')}
            >
              {(props) => (
                <input {...props} value={form.keys} onChange={(event) => set('keys')(event.target.value)} />
              )}
            </Field>
          )}
          <NumberField
            label={t('simulator.hours')}
            value={form.hours}
            onChange={set('hours')}
            error={errorFor('body/traffic/hours', 'hours')}
          />
          <NumberField
            label={t('simulator.aht')}
            value={form.aht}
            onChange={set('aht')}
            error={errorFor('body/traffic/handleTime', 'handleTime')}
          />
          <NumberField
            label={t('simulator.patience')}
            hint={t('simulator.patience.hint')}
            value={form.patience}
            onChange={set('patience')}
            error={errorFor('body/traffic/patience', 'patience')}
          />
          <NumberField
            label={t('simulator.threshold')}
            value={form.threshold}
            onChange={set('threshold')}
            error={errorFor('body/traffic/thresholdSec')}
          />
          <Field
            label={t('simulator.replayFrom')}
            hint={t('simulator.replayFrom.hint')}
            error={errorFor('body/replay', 'replay')}
          >
            {(props) => (
              <input
                {...props}
                type="datetime-local"
                value={form.replayFrom}
                onChange={(event) => set('replayFrom')(event.target.value)}
              />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('simulator.changes')}</legend>
          <NumberField
            label={t('simulator.agents')}
            hint={t('simulator.agents.hint')}
            value={form.agents}
            onChange={set('agents')}
            error={errorFor('body/changes/agents', 'agents')}
          />
          <Field label={t('simulator.strategy')}>
            {(props) => (
              <select
                {...props}
                value={form.strategy}
                onChange={(event) => set('strategy')(event.target.value as Strategy | '')}
              >
                <option value="">{t('simulator.strategy.keep')}</option>
                {strategies.map((strategy) => (
                  <option key={strategy} value={strategy}>
                    {t(`telephony.strategy.${strategy}` as MessageKey)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.alwaysOpen}
              onChange={(event) => set('alwaysOpen')(event.target.checked)}
            />
            {t('simulator.alwaysOpen')}
          </label>
          <NumberField
            label={t('simulator.scale')}
            value={form.scale}
            onChange={set('scale')}
            error={errorFor('body/changes/trafficScale')}
          />
        </fieldset>
        <button type="submit" disabled={running || !number}>
          {running ? t('simulator.running') : t('simulator.run')}
        </button>
        {running && (
          <span className="sim-progress">
            <progress aria-label={t('simulator.progress')} value={progress} max={1} />
            <span aria-hidden="true">{Math.round(progress * 100)}%</span>
          </span>
        )}
        {error !== undefined && !fieldOf(error) && <ErrorText error={error} />}
      </form>
      {result && <SimulationResults result={result} />}
    </section>
  );
}

/**
 * Issue 19: the server runs the simulation as a job on its simulator thread; the page polls
 * it for the progress bar, and a refusal found while running is shown like any other.
 */
async function runJob(
  api: Api,
  body: Body<'startSimulationJob'>,
  onProgress: (done: number) => void,
): Promise<Simulation> {
  let job = await api.post('/simulation-jobs', { body });
  while (job.status === 'queued' || job.status === 'running') {
    onProgress(job.progress);
    await new Promise((resolve) => setTimeout(resolve, 300));
    job = await api.get('/simulation-jobs/{jobId}', { path: { jobId: job.id } });
  }
  if (job.status === 'done' && job.result) {
    onProgress(1);
    return job.result;
  }
  const error = job.error ?? { code: 'internal', message: 'The simulation failed.' };
  throw new ApiError(error.code === 'internal' ? 500 : 400, error.code, error.message, error.field);
}

function NumberField(props: {
  label: string;
  hint?: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(field) => (
        <input
          {...field}
          inputMode="decimal"
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
