import { describe, expect, it } from 'vitest';
import { decide } from '../engine/decide.ts';
import { exportSpec, specToYaml } from './export.ts';
import { parseSpecYaml } from './parse.ts';
import { planWorkspace } from './plan.ts';
import { created, options, run, spec } from './plan-fixture.ts';
import type { WorkspaceSpec } from './spec.ts';
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
    changed.workflows![0]!.steps[1]!.seconds = 600;
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
    bad.workflows![0]!.steps[0]!.target!.user = 'u_zed';
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
    field.workflows![0]!.steps[2]!.conditions![1]!.subject = 'contact.birthday';
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
