import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, openScreen, type WatchedPage } from '../support/browser.ts';
import { consoleTestbed } from '../support/console.ts';

/** The machine is shared: give the page time, never a fixed sleep. */
const polling = { timeout: 10_000 };

interface Step {
  id: string;
  kind: string;
  next?: string;
  onTrue?: string;
  onFalse?: string;
  [key: string]: unknown;
}
interface Definition {
  trigger: { kind: string; match: string; conditions: unknown[] };
  start: string;
  steps: Step[];
}
interface Workflow {
  id: string;
  name: string;
  enabled: boolean;
  draft: Definition;
  versions: Definition[];
}

describeInBrowser('web console: workflow builder (issue 7, seed 003)', () => {
  const acme = consoleTestbed(async ({ request: api }) => {
    // The team that takes over: Bea and Cid, both online, both with the skill the step requires.
    for (const [id, name] of [
      ['u_bea', 'Bea Backup'],
      ['u_cid', 'Cid Cover'],
    ]) {
      const created = await api('POST', '/users', {
        id,
        name,
        email: `${id}@acme.test`,
        role: 'agent',
        password: 'correct horse',
        skills: [{ skill: 'billing', level: 4 }],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    const team = await api('POST', '/departments', {
      id: 'escalations',
      name: 'Escalations',
      memberIds: ['u_bea', 'u_cid'],
    });
    expect(team.status, JSON.stringify(team.body)).toBe(201);
    for (const userId of ['u_agent', 'u_bea', 'u_cid'])
      await api('PUT', `/users/${userId}/presence`, { presence: 'online' });
  });
  const api = acme.request;

  const workflowNamed = async (name: string): Promise<Workflow | undefined> => {
    const list = await api('GET', '/workflows');
    return (list.body.items as Workflow[]).find((workflow) => workflow.name === name);
  };

  const card = (page: Page, title: string): Locator => page.getByRole('region', { name: title, exact: true });

  async function addStep(page: Page, kind: string): Promise<void> {
    await page.getByLabel('New step').selectOption({ label: kind });
    await page.getByRole('button', { name: 'Add step' }).click();
  }

  /** Follows the flow from its start: the order a run takes when every branch holds. */
  function walk(definition: Definition): Step[] {
    const byId = new Map(definition.steps.map((step) => [step.id, step]));
    const seen: Step[] = [];
    for (let id: string | undefined = definition.start; id && !seen.some((s) => s.id === id); ) {
      const step: Step = byId.get(id)!;
      seen.push(step);
      id = step.kind === 'branch' ? step.onTrue : step.next;
    }
    return seen;
  }

  /** Ada, the admin, signed in once for the file's tests: each starts at a screen's address. */
  let ada: WatchedPage;
  beforeAll(async () => {
    ada = await acme.signedIn('ada@acme.test');
  });

  it('builds seed 003’s flow step by step, publishes it as version 1, and shows its runs', async () => {
    const person = ada;
    const { page } = person;
    await page.goto('/');
    await page.getByRole('link', { name: 'Workflows' }).click();
    await page.getByRole('link', { name: 'New workflow' }).click();
    await page.getByLabel('Name').fill('Reassign silent conversations');

    // Trigger: a conversation opened, source is contact.
    const trigger = page.getByRole('region', { name: 'Trigger' });
    expect(await trigger.getByLabel('Starts when').inputValue()).toBe('conversation_opened');
    const source = trigger.getByRole('group', { name: 'Condition 1' });
    await source.getByLabel('Field').selectOption({ label: 'Source' });
    await source.getByLabel('Operator').selectOption({ label: 'is' });
    await source.getByLabel('Value').selectOption({ label: 'Contact' });

    // 1. Assign to a specific agent.
    await addStep(page, 'Assign');
    const first = card(page, 'Step 1: Assign');
    await first.getByLabel('Assign to').selectOption({ label: 'A specific agent' });
    await first.getByLabel('Agent').selectOption({ label: 'Alex Agent' });

    // 2. Wait 15 minutes.
    await addStep(page, 'Wait');
    const wait = card(page, 'Step 2: Wait');
    await wait.getByLabel('Wait for', { exact: true }).fill('15');
    await wait.getByLabel('Wait for: unit').selectOption('minutes');

    // 3. Branch: still open and no outgoing message.
    await addStep(page, 'Branch');
    const branch = card(page, 'Step 3: Branch');
    const open = branch.getByRole('group', { name: 'Condition 1' });
    await open.getByLabel('Field').selectOption({ label: 'Conversation status' });
    await open.getByLabel('Operator').selectOption({ label: 'is' });
    await open.getByLabel('Value').selectOption({ label: 'Open (not resolved)' });
    await branch.getByRole('button', { name: 'Add condition' }).click();
    const silent = branch.getByRole('group', { name: 'Condition 2' });
    await silent.getByLabel('Field').selectOption({ label: 'Time since the last outgoing message' });
    await silent.getByLabel('Operator').selectOption({ label: 'does not exist' });
    await branch.getByLabel('Otherwise, go to').selectOption({ label: 'End the workflow' });

    // The comment is added first, then the reassignment moved above it with the keyboard.
    await addStep(page, 'Add comment');
    await addStep(page, 'Assign');
    const moveUp = card(page, 'Step 5: Assign').getByRole('button', { name: 'Move up' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    const reassign = card(page, 'Step 4: Assign');
    await reassign.waitFor();
    await expect
      .poll(
        () =>
          reassign
            .getByRole('button', { name: 'Move up' })
            .evaluate((b) => b === b.ownerDocument.activeElement),
        polling,
      )
      .toBe(true);

    // 4. Reassign to an online agent of a team.
    await reassign.getByLabel('Assign to').selectOption({ label: 'An agent of a team' });
    await reassign.getByLabel('Team').selectOption('escalations');
    await reassign.getByLabel('Distribution').selectOption({ label: 'round robin (evenly in turn)' });
    await reassign.getByLabel('Assign only to online users').check();
    // Issue 21 R1: only agents with billing at level 3 or more qualify.
    await reassign.getByRole('button', { name: 'Add a skill' }).click();
    await reassign.getByLabel('Skill', { exact: true }).fill('billing');
    await reassign.getByLabel('Minimum level').selectOption('3');
    expect(await branch.getByLabel('If the conditions hold, go to').inputValue()).toBe(':following');
    expect(
      await branch.getByLabel('If the conditions hold, go to').locator('option:checked').textContent(),
    ).toContain('Step 4: Assign');

    // 5. A comment telling the new agent why, with the previous agent's name filled in.
    const comment = card(page, 'Step 5: Add comment');
    await comment.getByRole('button', { name: 'Insert {{previous_assignee}}' }).click();
    const text = comment.getByLabel('Comment (internal note)');
    await expect.poll(() => text.inputValue(), polling).toBe('{{previous_assignee}}');
    await text.fill('{{previous_assignee}} did not reply within 15 minutes: this conversation is yours now.');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').filter({ hasText: 'Published as version 1.' }).waitFor();
    await page.getByText('Published v1').waitFor();
    await expect.poll(() => page.url(), polling).toMatch(/\/workflows\/[^/]+$/);

    // The API has version 1 published with that definition.
    const workflow = (await workflowNamed('Reassign silent conversations'))!;
    expect(workflow.enabled).toBe(true);
    expect(workflow.versions).toHaveLength(1);
    const [v1] = workflow.versions;
    expect(v1!.trigger).toEqual({
      kind: 'conversation_opened',
      match: 'all',
      conditions: [{ field: 'source', op: 'eq', value: 'contact' }],
    });
    const flow = walk(v1!);
    const kinds = flow.map((step) => step.kind).filter((kind) => kind !== 'end');
    expect(kinds).toEqual(['assign', 'wait', 'branch', 'assign', 'add_comment']);
    expect(flow[0]).toMatchObject({ target: { kind: 'agent', userId: 'u_agent' }, onlineOnly: false });
    expect(flow[1]).toMatchObject({ seconds: 900 });
    expect(flow[2]).toMatchObject({
      match: 'all',
      conditions: [
        { subject: 'status', op: 'eq', value: 'open' },
        { subject: 'last_outgoing', op: 'not_exists' },
      ],
    });
    const otherwise = v1!.steps.find((step) => step.id === flow[2]!.onFalse);
    expect(otherwise?.kind).toBe('end');
    expect(flow[3]).toMatchObject({
      target: { kind: 'team', departmentId: 'escalations', strategy: 'round_robin' },
      onlineOnly: true,
      skills: [{ skill: 'billing', minLevel: 3 }],
    });
    expect(flow[4]).toMatchObject({
      text: '{{previous_assignee}} did not reply within 15 minutes: this conversation is yours now.',
    });
    const last = v1!.steps.find((step) => step.id === flow[4]!.next);
    expect(last === undefined || last.kind === 'end').toBe(true);

    // It runs: a contact writes, nobody answers for 15 minutes, the run log tells the story.
    const key = await acme.server.request('POST', '/v1/workspaces/acme/api-keys', {
      token: acme.server.adminToken,
      body: { name: 'webchat' },
    });
    const sent = await acme.server.request('POST', '/v1/workspaces/acme/channels/webchat/messages', {
      token: key.body.token,
      body: { contact: { address: 'visitor-1', name: 'Nora Díaz' }, channelMessageId: 'm-1', text: 'Hello?' },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    await page.getByRole('link', { name: 'Run log' }).click();
    // Issue 14: a run is named by whom the conversation is with, never by its id.
    const run = page.getByRole('article', { name: 'Conversation with Nora Díaz' });
    await run.getByText(/Step 1: Assign: assigned to Alex Agent/).waitFor();
    await run.getByText(/Running \(at Step 2: Wait\)/).waitFor();
    await acme.server.runtime.advance(15 * 60_000);
    await run
      .getByText(/Step 3: Branch: conditions held \(.*no outgoing message exists\), took the “if” path/)
      .waitFor();
    await run.getByText(/Step 4: Assign: assigned to (Bea Backup|Cid Cover)/).waitFor();
    await run.getByText('Finished: reached the end').first().waitFor();
    await run.getByText('Version 1').waitFor();

    // The list shows it published, with its last run.
    await page.getByRole('link', { name: '← All workflows' }).click();
    const row = page.getByRole('row', { name: /Reassign silent conversations/ });
    await row.getByText('Published v1').waitFor();
    await row.getByRole('link', { name: /2026/ }).waitFor();
    person.expectClean();
  }, 90_000);

  it('shows a refused step on its card and publishes nothing', async () => {
    const created = await api('POST', '/workflows', {
      id: 'wf_wait',
      name: 'Wait then comment',
      definition: {
        trigger: { kind: 'conversation_opened' },
        start: 'wait',
        steps: [
          { id: 'wait', kind: 'wait', seconds: 600, next: 'note' },
          { id: 'note', kind: 'add_comment', text: 'Still waiting for {{assignee}}.' },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await api('POST', '/workflows/wf_wait/publish')).status).toBe(200);

    const person = ada;
    person.expectRefusal('PUT', '/v1/workspaces/acme/workflows/wf_wait/draft', 400); // the refused step
    const { page } = person;
    await openScreen(page, '/workflows');
    await page.getByRole('link', { name: 'Wait then comment' }).click();
    const wait = card(page, 'Step 1: Wait');
    expect(await wait.getByLabel('Wait for', { exact: true }).inputValue()).toBe('10');
    expect(await wait.getByLabel('Wait for: unit').inputValue()).toBe('minutes');
    await wait.getByLabel('Wait for', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Publish' }).click();

    await wait
      .getByRole('alert')
      .filter({ hasText: 'a wait must be a positive whole number of seconds' })
      .waitFor();
    await page.getByRole('alert').filter({ hasText: 'Not saved. See Step 1: Wait.' }).waitFor();
    expect(await card(page, 'Step 2: Add comment').getByRole('alert').count()).toBe(0);
    const after = (await api('GET', '/workflows/wf_wait')).body as Workflow;
    expect(after.versions).toHaveLength(1);
    expect(after.draft.steps[0]).toMatchObject({ seconds: 600 });

    // Fixed, it publishes version 2.
    await wait.getByLabel('Wait for', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Published v2').waitFor();
    expect(await wait.getByRole('alert').count()).toBe(0);
    const published = (await api('GET', '/workflows/wf_wait')).body as Workflow;
    expect(published.versions.map((version) => version.steps[0]!.seconds)).toEqual([600, 300]);

    // Version 1 stays viewable, read-only.
    await page.getByRole('link', { name: 'Versions (2)' }).click();
    await page.getByRole('link', { name: 'View version 1' }).click();
    const old = card(page, 'Step 1: Wait');
    expect(await old.getByLabel('Wait for', { exact: true }).inputValue()).toBe('10');
    expect(await old.getByLabel('Wait for', { exact: true }).isDisabled()).toBe(true);

    // Disabled, it says so; enabled again, it runs again.
    await page.getByRole('link', { name: 'Builder' }).click();
    await page.getByRole('button', { name: 'Disable' }).click();
    await page.getByText('Disabled (v2)').waitFor();
    expect(((await api('GET', '/workflows/wf_wait')).body as Workflow).enabled).toBe(false);
    await page.getByRole('button', { name: 'Enable' }).click();
    await page.getByText('Published v2').waitFor();
    expect(((await api('GET', '/workflows/wf_wait')).body as Workflow).enabled).toBe(true);

    // Deleted after confirming, it leaves the list.
    await page
      .getByRole('group', { name: 'Workflow actions' })
      .getByRole('button', { name: 'Delete' })
      .click();
    const confirm = page.getByRole('dialog', { name: 'Delete workflow' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'Workflows' }).waitFor();
    expect(await page.getByRole('link', { name: 'Wait then comment' }).count()).toBe(0);
    expect((await api('GET', '/workflows/wf_wait')).status).toBe(404);
    person.expectClean();
  });

  it('creates a draft from the seed 003 template, in Spanish, and publishes it', async () => {
    const person = await acme.signedIn('ada@acme.test', 'es-ES');
    const { page } = person;
    await page.goto('/');
    await page.getByRole('link', { name: 'Flujos de trabajo' }).click();
    await page.getByRole('button', { name: 'Desde una plantilla' }).click();
    const dialog = page.getByRole('dialog', { name: 'Desde una plantilla' });
    await dialog.getByLabel('Reasignar las conversaciones que el primer agente no responde').check();
    await dialog.getByLabel('Nombre').fill('Reasignar sin respuesta');
    await dialog
      .getByLabel('Agente que recibe primero las conversaciones nuevas')
      .selectOption({ label: 'Alex Agent' });
    await dialog
      .getByLabel('Equipo cuyos agentes en línea toman el relevo')
      .selectOption({ label: 'Escalations' });
    await dialog.getByLabel('Minutos que tiene el primer agente para responder').fill('10');
    await dialog.getByRole('button', { name: 'Crear borrador' }).click();

    await page.getByRole('heading', { name: 'Reasignar sin respuesta' }).waitFor();
    await page.getByText('Borrador', { exact: true }).waitFor();
    const wait = card(page, 'Paso 2: Esperar');
    expect(await wait.getByLabel('Esperar', { exact: true }).inputValue()).toBe('10');
    expect(await card(page, 'Paso 4: Asignar').getByLabel('Equipo').inputValue()).toBe('escalations');
    const draft = (await workflowNamed('Reasignar sin respuesta'))!;
    expect(draft.versions).toHaveLength(0);

    await page.getByRole('button', { name: 'Publicar' }).click();
    await page.getByText('Publicado v1').waitFor();
    const published = (await workflowNamed('Reasignar sin respuesta'))!;
    expect(published.versions).toHaveLength(1);
    expect(walk(published.versions[0]!).map((step) => step.kind)).toEqual([
      'assign',
      'wait',
      'branch',
      'assign',
      'add_comment',
      'end',
    ]);
    expect(published.versions[0]!.steps.find((step) => step.kind === 'wait')?.seconds).toBe(600);
    person.expectClean();
  });

  it('opens a busy workflow’s run log on its newest runs and pages back to the oldest', async () => {
    // Only this workflow runs here: the others are turned off.
    for (const workflow of (await acme.request('GET', '/workflows')).body.items as Workflow[])
      expect(
        (await acme.request('PUT', `/workflows/${workflow.id}/enabled`, { enabled: false })).status,
      ).toBe(200);
    const comments = Array.from({ length: 10 }, (_, index) => ({
      id: `c${index + 1}`,
      kind: 'add_comment',
      text: `Comment ${index + 1}`,
      next: index < 9 ? `c${index + 2}` : 'end',
    }));
    const created = await acme.request('POST', '/workflows', {
      id: 'wf_busy',
      name: 'Busy',
      definition: {
        trigger: { kind: 'conversation_opened' },
        start: 'c1',
        steps: [...comments, { id: 'end', kind: 'end' }],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await acme.request('POST', '/workflows/wf_busy/publish')).status).toBe(200);
    // 25 runs of some 20 events each: more than the newest page holds.
    const key = await acme.server.request('POST', '/v1/workspaces/acme/api-keys', {
      token: acme.server.adminToken,
      body: { name: 'busy' },
    });
    const conversations: string[] = [];
    for (let index = 0; index < 25; index += 1) {
      const sent = await acme.server.request('POST', '/v1/workspaces/acme/channels/webchat/messages', {
        token: key.body.token,
        body: { contact: { address: `busy-${index}` }, channelMessageId: `busy-${index}`, text: 'Hi' },
      });
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
      conversations.push(sent.body.conversationId);
    }
    const newest = await acme.request('GET', '/workflows/wf_busy/runs?limit=500');
    expect(newest.body.nextBefore).toEqual(expect.any(Number));

    const person = ada;
    const { page } = person;
    await openScreen(page, '/workflows/wf_busy/runs');
    const run = (conversationId: string) =>
      page.getByRole('article', {
        name: `Conversation with busy-${conversations.indexOf(conversationId)}`,
        exact: true,
      });
    await run(conversations.at(-1)!).getByText('Finished: reached the end').first().waitFor();
    expect(await run(conversations[0]!).count()).toBe(0);
    await page.getByRole('button', { name: 'Show older runs' }).click();
    await run(conversations[0]!).getByText('Finished: reached the end').first().waitFor(polling);
    await run(conversations[0]!).getByText('Version 1').waitFor();
    expect(await page.getByRole('article').count()).toBe(25);
    expect(await page.getByRole('button', { name: /Show older runs/ }).count()).toBe(0);
    person.expectClean();
  }, 90_000);
});
