import { describe, expect, it } from 'vitest';
import { exportSpec } from './export.ts';
import { parseSpecYaml } from './parse.ts';
import { created, run, voiceSpec } from './plan-fixture.ts';
import type { WorkspaceSpec } from './spec.ts';
import { specToYaml } from './spec-yaml.ts';
import { validateSpec } from './validate.ts';

/** R3 (issue 21): a number's callback option in the workspace file. */
const withCallback = (callback: unknown): WorkspaceSpec => {
  const spec = voiceSpec();
  (spec.numbers![1]!.settings as Record<string, unknown>).callback = callback;
  return validateSpec(spec);
};

describe('config: the queue callback option (R3)', () => {
  it('R3: applied from the file, exported whole, and the export applied back plans nothing', () => {
    const state = created(withCallback({ enabled: true, mode: 'auto', retries: 3 }));
    const number = Object.values(state.numbers).find((candidate) => candidate.settings.record)!;
    expect(number.settings.callback).toEqual({
      enabled: true,
      key: '*',
      mode: 'auto',
      retries: 3,
      retryDelaySec: 300,
    });
    const exported = exportSpec(state);
    expect(exported.numbers![1]!.settings!.callback).toEqual(number.settings.callback);
    const again = parseSpecYaml(specToYaml(exported));
    expect(run(state, again).planned).toEqual([]);
  });

  it('R3: left out of the file, the option is turned off', () => {
    const state = created(withCallback({ enabled: true }));
    const { planned, state: after } = run(state, validateSpec(voiceSpec()));
    expect(planned.map((step) => step.command)).toEqual([
      expect.objectContaining({ type: 'number.configure', settings: { callback: null } }),
    ]);
    expect(Object.values(after.numbers).every((number) => number.settings.callback === undefined)).toBe(true);
  });

  it('R3: a bad key is refused naming its path', () => {
    expect(() => withCallback({ enabled: true, key: '#' })).toThrow(/numbers\[1\]\.settings\.callback\.key/);
  });
});
