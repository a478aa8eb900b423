import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { setHomeCountry } from '../../web/src/components/phone.ts';
import { type Directory, emptyDirectory } from '../../web/src/history/names.ts';
import { messages } from '../../web/src/i18n/messages/index.ts';
import type { Translate } from '../../web/src/i18n/translate.ts';
import { groupRuns } from '../../web/src/workflows/runs/runs.ts';
import { resultText, runSubjectText } from '../../web/src/workflows/runs/runText.ts';
import type { WorkflowLogEvent } from '../../web/src/workflows/types.ts';

const translate =
  (language: 'en' | 'es'): Translate =>
  (key, values) =>
    (messages[language][key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
      values && name in values ? String(values[name]) : match,
    );
const en = translate('en');
const es = translate('es');
const directory: Directory = {
  ...emptyDirectory,
  contacts: { c_carmen: { id: 'c_carmen', name: 'Carmen Vidal', phones: ['+34699111222'] } },
};
const titles = (stepId?: string) => (stepId === 'to_support' ? 'Assign to Support' : (stepId ?? ''));

describe('run log subjects (issue 14: no internal ids)', () => {
  it('a call_missed run keeps its caller, so the log says who rather than callback_wfr_2', () => {
    const events = [
      {
        seq: 1,
        at: '2026-01-05T08:00:00.000Z',
        type: 'workflow.run_started',
        data: {
          runId: 'wfr_2',
          workflowId: 'wf',
          callId: 'c1',
          version: 1,
          call: { callId: 'c1', from: '+34699111222' },
        },
      },
      {
        seq: 2,
        at: '2026-01-05T08:00:00.000Z',
        type: 'workflow.step_result',
        data: {
          runId: 'wfr_2',
          workflowId: 'wf',
          conversationId: 'callback_wfr_2',
          stepId: 'callback',
          result: 'opened a callback conversation on callback',
        },
      },
    ] as WorkflowLogEvent[];
    expect(groupRuns(events)).toMatchObject([
      { runId: 'wfr_2', caller: '+34699111222', conversationId: 'callback_wfr_2' },
    ]);
  });
});

describe('run log in the reader’s language (issue 14: step results as codes)', () => {
  const run = (data: Partial<WorkflowLogEvent['data']>) =>
    groupRuns([
      {
        seq: 1,
        at: '2026-01-05T08:00:00.000Z',
        type: 'workflow.run_started',
        data: { runId: 'wfr_1', workflowId: 'wf', conversationId: 'conv_7', version: 1, ...data },
      },
    ])[0]!;

  // The home country is the console's module state: other files in this worker format without it.
  afterAll(() => setHomeCountry(undefined));

  it('a conversation’s run names its contact, never conv_…', () => {
    setHomeCountry('ES');
    expect(runSubjectText(en, directory, run({ contact: { address: 'visitor_x', name: 'Nora Díaz' } }))).toBe(
      'Conversation with Nora Díaz',
    );
    expect(runSubjectText(es, directory, run({ contact: { address: '+34699111222' } }))).toBe(
      'Conversación con Carmen Vidal (699 11 12 22)',
    );
    expect(runSubjectText(es, directory, run({ contact: { address: 'visitor_BTP2PHQ' } }))).toBe(
      'Conversación con un visitante del chat web',
    );
  });

  it('an assign step’s result and why nobody qualified read in English and Spanish', () => {
    const data = {
      workflowId: 'wf',
      result: 'nobody online in Sales; going to step to_support',
      outcome: {
        code: 'nobody_goto',
        params: { step: 'to_support' },
        reason: { code: 'nobody_online_in', params: { department: 'Ventas' } },
      },
    };
    expect(resultText(en, data, titles)).toBe('nobody online in Ventas; going to “Assign to Support”');
    expect(resultText(es, data, titles)).toBe('no hay nadie conectado en Ventas; pasa a «Assign to Support»');
    const reassigned = {
      workflowId: 'wf',
      result: 'assigned to Bea (was Alex)',
      outcome: { code: 'reassigned', params: { agent: 'Bea', previous: 'Alex' } },
    };
    expect(resultText(es, reassigned, titles)).toBe('asignada a Bea (la tenía Alex)');
  });

  it('a log written before codes, or with a code this console does not know, keeps its English sentence', () => {
    expect(resultText(es, { result: 'internal note added' }, titles)).toBe('internal note added');
    const newer = { workflowId: 'wf', result: 'did something new', outcome: { code: 'brand_new' } };
    expect(resultText(es, newer, titles)).toBe('did something new');
  });

  it('every code the engine writes has words in both languages', () => {
    const dir = 'src/engine/workflow';
    const source = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => readFileSync(`${dir}/${file}`, 'utf8'))
      .join('\n');
    const literal = [...source.matchAll(/code: '(\w+)'/g)].map((match) => match[1]!);
    const built = ['assigned', 'reassigned', 'assigned_any_presence', 'reassigned_any_presence'];
    expect(literal.length).toBeGreaterThan(10);
    for (const code of [...literal, ...built]) {
      const found =
        Object.hasOwn(messages.en, `runs.outcome.${code}`) ||
        Object.hasOwn(messages.en, `runs.reason.${code}`);
      expect(found, code).toBe(true);
    }
    for (const key of Object.keys(messages.en).filter((k) => k.startsWith('runs.')))
      expect(Object.hasOwn(messages.es, key), key).toBe(true);
  });
});
