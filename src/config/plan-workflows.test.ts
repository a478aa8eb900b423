import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide.ts';
import { exportSpec } from './export.ts';
import { parseSpecYaml } from './parse.ts';
import { planWorkspace } from './plan.ts';
import { created, options, run, spec } from './plan-fixture.ts';
import type { WorkspaceSpec } from './spec.ts';
import type { WorkflowStepSpec } from './spec-workflows.ts';
import { specToYaml } from './spec-yaml.ts';
import { validateSpec } from './validate.ts';

/** The fixture workspace with seed 003's canonical flow and a callback for missed calls, as YAML. */
const workflowsYaml = `
workflows:
  - id: wf_silent
    name: Reassign silent conversations
    trigger:
      kind: conversation_opened
      conditions:
        - { field: source, op: eq, value: contact }
        - { field: department, op: eq, value: support }
    start: assign
    steps:
      - { id: assign, kind: assign, target: { kind: agent, user: u_ann }, next: wait }
      - { id: wait, kind: wait, seconds: 900, next: check }
      - id: check
        kind: branch
        conditions:
          - { subject: status, op: eq, value: open }
          - { subject: last_outgoing, op: not_exists }
        onTrue: reassign
        onFalse: done
      - id: reassign
        kind: assign
        target: { kind: team, department: support, strategy: round_robin }
        onlineOnly: true
        whenNobodyQualifies: queue
        next: comment
      - { id: comment, kind: add_comment, text: "{{previous_assignee}} did not reply in 15 minutes.", next: done }
      - { id: done, kind: end }
  - id: wf_callback
    name: Call back missed calls
    trigger:
      kind: call_missed
      match: any
      conditions:
        - { field: number, op: eq, value: n_main }
        - { field: contact.responsible, op: eq, value: u_bob }
    start: callback
    steps:
      - { id: callback, kind: create_conversation, channel: callback, department: sales, next: owner }
      - { id: owner, kind: assign, target: { kind: contact_owner }, onlineOnly: true, whenNobodyQualifies: goto, goto: team, next: done }
      - { id: team, kind: assign, target: { kind: team, department: sales, strategy: least_open }, onlineOnly: true, whenNobodyQualifies: queue }
      - { id: done, kind: end }
`;

const withWorkflows = (): WorkspaceSpec => ({
  ...spec(),
  workflows: parseSpecYaml(`workspace: { id: acme, name: Acme }\n${workflowsYaml}`).workflows,
});

/** A step of a parsed spec, as the kind the test knows it is. */
const step = <K extends WorkflowStepSpec['kind']>(
  spec: WorkspaceSpec,
  workflow: number,
  index: number,
  _kind: K,
) => spec.workflows![workflow]!.steps[index] as Extract<WorkflowStepSpec, { kind: K }>;

const types = (planned: ReturnType<typeof planWorkspace>) => planned.map((step) => step.command.type);

describe('config: workflows', () => {
  it('creates and publishes workflows after what they name; the YAML is typed by the schema', () => {
    const { planned, state } = run(undefined, withWorkflows());
    expect(types(planned).slice(-4)).toEqual([
      'workflow.save_draft',
      'workflow.publish',
      'workflow.save_draft',
      'workflow.publish',
    ]);
    expect(planned.at(-1)!.summary).toBe('publish workflow wf_callback version 1');
    const silent = state.workflows.wf_silent!;
    expect(silent.versions).toHaveLength(1);
    expect(silent.versions[0]!.steps[1]).toEqual({ id: 'wait', kind: 'wait', seconds: 900, next: 'check' });
    expect(silent.versions[0]!.steps[0]).toMatchObject({
      target: { kind: 'agent', userId: 'u_ann' },
      onlineOnly: false,
    });
    expect(state.workflows.wf_callback!.versions[0]!.steps[0]).toMatchObject({ departmentId: 'sales' });
  });

  it('applying the same file again plans nothing (idempotent)', () => {
    const { state } = run(undefined, withWorkflows());
    expect(planWorkspace(state, withWorkflows(), options)).toEqual([]);
  });

  it('a changed step is a new version; a new name alone is not; enabled: false disables', () => {
    const { state } = run(undefined, withWorkflows());
    const changed = withWorkflows();
    step(changed, 0, 1, 'wait').seconds = 600;
    changed.workflows![1]!.name = 'Call back every missed call';
    changed.workflows![1]!.enabled = false;
    const { planned, state: after } = run(state, changed);
    expect(planned.map((step) => step.summary)).toEqual([
      'update workflow wf_silent: definition',
      'publish workflow wf_silent version 2',
      'update workflow wf_callback: name',
      'disable workflow wf_callback',
    ]);
    expect(after.workflows.wf_silent!.versions).toHaveLength(2);
    expect(after.workflows.wf_callback!.versions).toHaveLength(1);
    expect(after.workflows.wf_callback!.enabled).toBe(false);
    expect(planWorkspace(after, changed, options)).toEqual([]);
  });

  it('round trip: apply then export gives the same workflows, and the exported YAML applies back with no change', () => {
    const { state } = run(undefined, withWorkflows());
    const exported = exportSpec(state);
    // Exported by id, as every section is.
    const byId = withWorkflows().workflows!.sort((a, b) => a.id.localeCompare(b.id));
    expect(exported.workflows).toEqual(byId);
    const yaml = specToYaml(exported);
    const { state: copy } = run(undefined, parseSpecYaml(yaml));
    expect(specToYaml(exportSpec(copy))).toBe(yaml);
    expect(planWorkspace(state, parseSpecYaml(yaml), { ...options, prune: true })).toEqual([]);
  });

  it('prune removes published workflows the file does not list, never a draft', () => {
    let { state } = run(undefined, withWorkflows());
    const draft = decide(
      state,
      {
        type: 'workflow.save_draft',
        workflowId: 'wf_draft',
        name: 'Draft',
        definition: state.workflows.wf_silent!.draft,
      },
      options.now,
    );
    if (!draft.ok) throw draft.error;
    state = draft.state;
    const smaller = withWorkflows();
    smaller.workflows = smaller.workflows!.filter((workflow) => workflow.id !== 'wf_callback');
    expect(planWorkspace(state, smaller, options)).toEqual([]);
    const pruned = planWorkspace(state, smaller, { ...options, prune: true });
    expect(pruned.map((step) => step.summary)).toEqual(['remove workflow wf_callback']);
  });

  it('prune: a user the file drops with the workflow that named them goes after the workflow', () => {
    const { state } = run(undefined, withWorkflows());
    const smaller = withWorkflows();
    smaller.workflows = smaller.workflows!.filter((workflow) => workflow.id !== 'wf_silent');
    smaller.users = smaller.users!.filter((user) => user.id !== 'u_ann');
    for (const contact of smaller.contacts ?? [])
      if (contact.responsible === 'u_ann') delete contact.responsible;
    const { planned, state: after } = run(state, smaller, { prune: true });
    const summaries = planned.map((step) => step.summary);
    expect(summaries.indexOf('remove user u_ann')).toBeGreaterThan(
      summaries.indexOf('remove workflow wf_silent'),
    );
    expect(after.users.u_ann).toBeUndefined();
  });

  it('a workflow naming a user, team or number the file does not define is refused naming the path', () => {
    const bad = withWorkflows();
    const target = step(bad, 0, 0, 'assign').target;
    if (target.kind === 'agent') target.user = 'u_zed';
    expect(() => validateSpec(bad)).toThrow(
      expect.objectContaining({
        field: 'workflows[0].steps[0].target.user',
        message: expect.stringContaining('u_zed'),
      }),
    );
    const number = withWorkflows();
    number.workflows![1]!.trigger.conditions![0]!.value = 'n_gone';
    expect(() => validateSpec(number)).toThrow(
      expect.objectContaining({ field: 'workflows[1].trigger.conditions[0].value' }),
    );
  });

  it('engine rules name the step by its place in the file: an unknown field, a user gone from a file without users', () => {
    const field = withWorkflows();
    step(field, 0, 2, 'branch').conditions![1]!.subject = 'contact.birthday';
    expect(() => planWorkspace(undefined, field, options)).toThrow(
      expect.objectContaining({
        code: 'validation',
        field: 'workflows[0].steps[2].conditions[1].subject',
        message: expect.stringContaining('step check, condition 2: unknown field "contact.birthday"'),
      }),
    );
    const { users: _users, ...noUsers } = withWorkflows();
    const state = created();
    delete state.users.u_ann;
    expect(() => planWorkspace(state, noUsers, options)).toThrow(
      expect.objectContaining({ field: 'workflows[0].steps[0].target.user' }),
    );
  });

  it('issue 17: a step is checked against its kind’s schema, the API’s: a bad step names its field', () => {
    const yaml = (from: string, to: string) => {
      expect(workflowsYaml).toContain(from);
      return `workspace: { id: acme, name: Acme }\n${workflowsYaml.replace(from, to)}`;
    };
    const refused = (text: string, field: string, message: string) =>
      expect(() => parseSpecYaml(text)).toThrow(
        expect.objectContaining({
          code: 'validation',
          field,
          message: expect.stringContaining(`${field}: ${message}`),
        }),
      );
    // A field another kind has, on a wait step.
    refused(
      yaml(
        '{ id: wait, kind: wait, seconds: 900, next: check }',
        '{ id: wait, kind: wait, seconds: 900, onTrue: check }',
      ),
      'workflows[0].steps[1].onTrue',
      'is not a known field',
    );
    refused(yaml('kind: wait, seconds: 900', 'kind: wait'), 'workflows[0].steps[1].seconds', 'is required');
    refused(
      yaml('kind: wait, seconds: 900', 'kind: pause, seconds: 900'),
      'workflows[0].steps[1].kind',
      'must be one of',
    );
    // The target is told apart by its own kind: a team's strategy, an agent's user.
    refused(
      yaml('strategy: round_robin', 'strategy: fastest'),
      'workflows[0].steps[3].target.strategy',
      'must be one of round_robin, least_open',
    );
    refused(
      yaml('target: { kind: agent, user: u_ann }', 'target: { kind: agent, department: support }'),
      'workflows[0].steps[0].target.user',
      'is required',
    );
    refused(
      yaml('onlineOnly: true\n', 'onlineOnly: maybe\n'),
      'workflows[0].steps[3].onlineOnly',
      'must be true or false',
    );
  });

  it('R1, issue 17: an assign step’s required skills, which the API takes, apply from YAML and export back', () => {
    const text = `workspace: { id: acme, name: Acme }\n${workflowsYaml.replace(
      'target: { kind: agent, user: u_ann }, next: wait',
      'target: { kind: agent, user: u_ann }, skills: [{ skill: billing, minLevel: 3 }], next: wait',
    )}`;
    const withSkills: WorkspaceSpec = { ...spec(), workflows: parseSpecYaml(text).workflows };
    const { state } = run(undefined, withSkills);
    expect(state.workflows.wf_silent!.versions[0]!.steps[0]).toMatchObject({
      skills: [{ skill: 'billing', minLevel: 3 }],
    });
    const exported = exportSpec(state).workflows!.find((workflow) => workflow.id === 'wf_silent')!;
    expect(exported.steps[0]).toMatchObject({
      target: { kind: 'agent', user: 'u_ann' },
      skills: [{ skill: 'billing', minLevel: 3 }],
    });
    expect(planWorkspace(state, withSkills, options)).toEqual([]);
  });

  it('a YAML mistake in a workflow names its path and line', () => {
    const yaml = `workspace: { id: acme, name: Acme }\n${workflowsYaml.replace('seconds: 900', 'seconds: soon')}`;
    expect(() => parseSpecYaml(yaml)).toThrow(
      expect.objectContaining({
        field: 'workflows[0].steps[1].seconds',
        message: expect.stringMatching(/\(line 14\)$/),
      }),
    );
  });
});
