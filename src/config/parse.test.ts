import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide.ts';
import { emptyWorkspace } from '../engine/state.ts';
import { exportSpec } from './export.ts';
import { lineOfField, parseSpecYaml, specFromJson } from './parse.ts';
import { planWorkspace } from './plan.ts';
import { specToYaml } from './spec-yaml.ts';

const yaml = `# a small workspace
version: 1
workspace:
  id: acme
  name: Acme
  defaultCountry: ES
users:
  - id: u_ann
    name: Ann
    email: ann@acme.test
    extension: 0101
    mobile: +34600111222
    capacity: { voice: 2, chat: 10 }
  - id: u_bob
    name: Bob
    email: bob@acme.test
    mobile: ~
billing:
  balanceCents: 1500
  sipLicence: true
`;

/** The same workspace with a group, an IVR menu, working hours and number settings. */
const voiceYaml = `${yaml}groups:
  - id: g_sales
    name: Sales
    members: [u_ann, u_bob]
    strategy: longest_idle
    noAnswer: { kind: forward, to: +34 600 999 000 }
ivrMenus:
  - id: m_main
    name: Main menu
    prompt: Press 1 for sales, star for the operator.
    options:
      1: { kind: group, group: g_sales }
      "*": { kind: extension, user: u_ann }
      "#": { kind: repeat }
    noInput: { kind: voicemail }
numbers:
  - id: n_main
    e164: +34 910 123 456
    kind: rented
    settings:
      route: { kind: ivr, menu: m_main }
      ringTimeoutSec: 20
      hours:
        timeZone: Europe/Madrid
        weekly:
          mon: [09:00-14:00, 16:00-19:00]
          fri: [09:00-14:00]
        holidays: [01-06, 2026-04-03]
      outOfHoursAction: { kind: message, message: We are closed. }
`;

const refusal = (text: string) => {
  try {
    parseSpecYaml(text);
  } catch (error) {
    return error as { code: string; field?: string; message: string };
  }
  throw new Error('the spec was accepted');
};

describe('config parse', () => {
  it('reads scalars by the schema: phone numbers keep their +, extensions their zeros', () => {
    const spec = parseSpecYaml(yaml);
    expect(spec.users![0]).toMatchObject({
      extension: '0101',
      mobile: '+34600111222',
      capacity: { voice: 2, chat: 10 },
    });
    expect(spec.users![1]!.mobile).toBeUndefined();
    expect(spec.billing).toEqual({ balanceCents: 1500, sipLicence: true });
    expect(spec.version).toBe(1);
  });

  it('names the path and the line of a mistyped field', () => {
    const error = refusal(yaml.replace('voice: 2', 'voice: two'));
    expect(error.field).toBe('users[0].capacity.voice');
    expect(error.message).toBe('users[0].capacity.voice: must be a whole number (line 13)');
  });

  it('names an unknown field, a missing one and a bad enum', () => {
    expect(refusal(yaml.replace('    name: Bob\n', '    name: Bob\n    nickname: B\n')).field).toBe(
      'users[1].nickname',
    );
    expect(refusal(yaml.replace('    email: bob@acme.test\n', '')).message).toMatch(
      /^users\[1\]\.email: is required \(line \d+\)$/,
    );
    expect(refusal(`workspace: { id: a, name: A, plan: gold }`).message).toBe(
      'workspace.plan: must be one of starter, business, scale (line 1)',
    );
  });

  it('refuses duplicate ids, emails and dangling references, naming the path', () => {
    expect(refusal(yaml.replace('id: u_bob', 'id: u_ann')).field).toBe('users[1].id');
    expect(refusal(yaml.replace('bob@acme.test', 'ANN@acme.test')).field).toBe('users[1].email');
    const dangling = refusal(
      `${yaml}departments: [{ id: sales, name: Sales }]\n`.replace(
        '    mobile: ~',
        '    departments: [support]',
      ),
    );
    expect(dangling.field).toBe('users[1].departments[0]');
    expect(dangling.message).toContain('department "support" is not defined in departments');
  });

  it('reports YAML syntax errors with their line', () => {
    const error = refusal('workspace:\n  id: a\n  name: [A\nusers: x\n');
    expect(error.code).toBe('validation');
    expect(error.message).toMatch(/^YAML syntax \(line \d\): /);
    expect(refusal('a: 1\na: 2\n').message).toContain('unique');
  });

  it('refuses an empty file or a list with a clear message', () => {
    expect(refusal('# nothing\n').message).toContain('workspace spec must be a mapping');
    expect(refusal('- a\n').message).toContain('workspace spec must be a mapping');
  });

  it('accepts JSON with nulls as left-out fields', () => {
    const spec = specFromJson({ workspace: { id: 'a', name: 'A', defaultCountry: null }, users: [] });
    expect(spec.workspace).toEqual({ id: 'a', name: 'A' });
  });

  it('reads the voice sections: menu keys, intervals and numbers typed by the schema', () => {
    const spec = parseSpecYaml(voiceYaml);
    expect(Object.keys(spec.ivrMenus![0]!.options!).sort()).toEqual(['#', '*', '1']);
    expect(spec.numbers![0]!.settings).toMatchObject({
      ringTimeoutSec: 20,
      hours: { weekly: { mon: ['09:00-14:00', '16:00-19:00'] }, holidays: ['01-06', '2026-04-03'] },
    });
  });

  it('names the path and line of a bad interval, menu key or reference in the voice sections', () => {
    expect(refusal(voiceYaml.replace('fri: [09:00-14:00]', 'fri: [9-14]')).message).toBe(
      'numbers[0].settings.hours.weekly.fri[0]: must be an interval like 09:00-14:00 (24:00 ends a day) (line 47)',
    );
    expect(refusal(voiceYaml.replace('"#": { kind: repeat }', '12: { kind: repeat }')).message).toBe(
      'ivrMenus[0].options.12: is not a key: a menu option is one key, 0-9, "*" or "#" (line 34)',
    );
    expect(refusal(voiceYaml.replace('group: g_sales }', 'group: g_gone }')).message).toBe(
      'ivrMenus[0].options.1.group: group "g_gone" is not defined in groups (line 32)',
    );
    expect(refusal(voiceYaml.replace('{ kind: ivr, menu: m_main }', '{ kind: ivr }')).field).toBe(
      'numbers[0].settings.route.menu',
    );
  });

  it('round trip with voice sections: export -> YAML -> parse -> plan is a no-op', () => {
    let state = emptyWorkspace('acme');
    for (const step of planWorkspace(undefined, parseSpecYaml(voiceYaml), { now: 0, seed: 3 })) {
      const decision = decide(state, step.command, 0);
      if (!decision.ok) throw decision.error;
      state = decision.state;
    }
    const text = specToYaml(exportSpec(state));
    expect(text).toContain('"*":');
    expect(text).toContain('- 09:00-14:00');
    expect(planWorkspace(state, parseSpecYaml(text), { now: 0, seed: 3, prune: true })).toEqual([]);
  });

  it('round trip: export -> YAML -> parse -> plan is a no-op', () => {
    let state = emptyWorkspace('acme');
    const spec = parseSpecYaml(yaml);
    for (const step of planWorkspace(undefined, spec, { now: 0, seed: 3 })) {
      const decision = decide(state, step.command, 0);
      if (!decision.ok) throw decision.error;
      state = decision.state;
    }
    const text = specToYaml(exportSpec(state));
    expect(text).toContain('mobile: "+34600111222"');
    expect(text).not.toContain('password');
    expect(planWorkspace(state, parseSpecYaml(text), { now: 0, seed: 3, prune: true })).toEqual([]);
  });
});

describe('lineOfField: a field the server refused, found in the file (issue 14)', () => {
  const text = [
    'version: 1',
    'workspace: { id: acme, name: Acme }',
    'users:',
    '  - id: u_a',
    '    name: A',
    '  - id: u_b',
    '    name: B',
    '    mobile: 600 123 456',
  ].join('\n');

  it('names the line of users[1].mobile, or of the nearest part of the path that exists', () => {
    expect(lineOfField(text, 'users[1].mobile')).toBe(8);
    expect(lineOfField(text, 'users[1].extension')).toBe(6);
    expect(lineOfField(text, 'nothing.here')).toBeUndefined();
  });
});

describe('deep specs (issue 12 item 4)', () => {
  it('refuses a spec nested 100,000 deep as a validation error, without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(() => specFromJson({ workspace: deep })).toThrow(
      expect.objectContaining({ code: 'validation', message: expect.stringContaining('nested deeper') }),
    );
    const yaml = `workspace: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    expect(() => parseSpecYaml(yaml)).toThrow(expect.objectContaining({ code: 'validation' }));
  });
});
