import { expect, it } from 'vitest';
import { describeInBrowser, signedInPerson } from '../support/browser.ts';
import { customer, deskForTests, sales, support } from './desk-setup.ts';

describeInBrowser('agent desktop: calls today, voicemails, conversations (issue 7)', () => {
  const desk = deskForTests();

  it('shows Alex’s calls (answered, missed, transferred), voicemails and chats as they happen, plays a voicemail and calls back', async () => {
    const person = await desk.signedIn('alex@acme.test');
    const { page } = person;
    const calls = page.getByRole('region', { name: 'Your calls today' });
    await calls.getByText('No calls yet today.').waitFor();

    // A call Alex answers on his phone, then the customer hangs up: the row arrives live.
    const callId = await desk.place();
    await page.getByRole('region', { name: 'Incoming call' }).getByRole('button', { name: 'Answer' }).click();
    await page
      .getByRole('complementary', { name: 'Softphone' })
      .getByRole('region', { name: 'On call' })
      .waitFor();
    await desk.ok('POST', `/sim/calls/${callId}/hangup`);
    const row = calls.getByRole('row', { name: /Sarah Connor/ });
    await expect.poll(() => row.textContent()).toContain('Answered');
    expect(await row.textContent()).toContain('Support');

    // Alex declines a call; it rings Bea next (sequential) and she takes it: Alex missed it.
    const ringingBea = async (callId: string) => {
      let legId: string | undefined;
      await expect
        .poll(async () => {
          legId = (await desk.lines('u_bea')).find((line) => line.callId === callId)?.legId;
          return legId;
        })
        .toBeDefined();
      return legId!;
    };
    const declined = await desk.place(support, '+34600555666');
    await page
      .getByRole('region', { name: 'Incoming call' })
      .getByRole('button', { name: 'Decline' })
      .click();
    await desk.ok('POST', `/sim/legs/${declined}/${await ringingBea(declined)}/answer`, undefined, 204);
    const missedRow = calls.getByRole('row', { name: /600 55 56 66/ });
    await expect.poll(() => missedRow.textContent()).toContain('Missed by you');
    await desk.ok('POST', `/sim/calls/${declined}/hangup`);
    // The declined call left Alex's phone when he declined it: nothing rings there now.
    await expect.poll(() => page.getByRole('region', { name: 'Incoming call' }).count()).toBe(0);

    // Alex answers, puts the caller on hold and passes the call to Bea, who takes it. He answers
    // the call he sees ringing from that number, as a person reads the caller before answering.
    const passedOn = await desk.place(support, '+34600777888');
    await page
      .getByRole('region', { name: 'Incoming call' })
      .filter({ hasText: '600 77 78 88' })
      .getByRole('button', { name: 'Answer' })
      .click();
    await page
      .getByRole('complementary', { name: 'Softphone' })
      .getByRole('region', { name: 'On call' })
      .waitFor();
    await desk.ok('POST', `/calls/${passedOn}/hold`, { userId: 'u_agent' }, 204);
    await desk.ok(
      'POST',
      `/calls/${passedOn}/transfer`,
      {
        userId: 'u_agent',
        target: { kind: 'user', userId: 'u_bea' },
      },
      201,
    );
    await desk.ok('POST', `/sim/legs/${passedOn}/${await ringingBea(passedOn)}/answer`, undefined, 204);
    const transferredRow = calls.getByRole('row', { name: /600 77 78 88/ });
    await expect.poll(() => transferredRow.textContent()).toContain('Transferred by you');
    expect(await desk.call(passedOn)).toMatchObject({ agentId: 'u_bea' });
    await desk.ok('POST', `/sim/calls/${passedOn}/hangup`);
    expect(await missedRow.textContent()).toContain('Missed by you');

    // Nobody takes Sales calls now: the caller leaves a voicemail, which appears for Alex.
    await desk.ok('PATCH', '/numbers/n_sales/settings', {
      mode: 'reject',
      offlineAction: { kind: 'voicemail', greeting: 'Leave a message' },
    });
    const voicemailCall = await desk.place(sales, '+34600333444');
    for (const ms of [2_000, 6_000]) {
      const advanced = await desk.server.request('POST', '/v1/clock/advance', {
        token: desk.server.adminToken,
        body: { ms },
      });
      expect(advanced.status).toBe(200);
    }
    await desk.ok('POST', `/sim/calls/${voicemailCall}/hangup`);
    await desk.server.sim.audioWritten();
    const voicemails = page.getByRole('region', { name: 'Voicemails' });
    const item = voicemails.getByRole('listitem').filter({ hasText: '+34 600 33 34 44' });
    await item.waitFor();
    expect(await item.textContent()).toContain('New');
    expect(await item.textContent()).toContain('on Sales');
    // The audio is fetched with the bearer header and played from an object URL (issue 12 item 10).
    await item.getByRole('button', { name: 'Play voicemail from +34 600 33 34 44' }).click();
    const audio = item.getByLabel('Voicemail from +34 600 33 34 44', { exact: true });
    const played = await audio.evaluate(async (element) => {
      const media = element as unknown as {
        readyState: number;
        src: string;
        duration: number;
        addEventListener(type: string, listener: () => void, options: { once: boolean }): void;
      };
      if (media.readyState < 1)
        await new Promise<void>((resolve, reject) => {
          media.addEventListener('loadedmetadata', () => resolve(), { once: true });
          media.addEventListener('error', () => reject(new Error('the audio did not load')), { once: true });
        });
      return { fromBlob: media.src.startsWith('blob:'), seconds: Math.round(media.duration) > 0 };
    });
    expect(played).toEqual({ fromBlob: true, seconds: true });
    // Playing it marks it heard, for everyone on the number.
    await audio.dispatchEvent('play');
    await expect.poll(async () => (await desk.ok('GET', '/voicemails')).items[0].heard).toBe(true);
    await expect.poll(() => item.textContent()).not.toContain('New');

    // A web chat assigned to Alex shows up in his conversations.
    const key = await desk.ok('POST', '/api-keys', { name: 'web chat', role: 'agent' }, 201);
    const written = await desk.server.request('POST', `${desk.base}/channels/webchat/messages`, {
      token: key.token,
      body: { contact: { address: 'visitor-1', name: 'Nora Visitor' }, channelMessageId: 'm1', text: 'Hi!' },
    });
    expect(written.status).toBe(200);
    await desk.ok('POST', `/conversations/${written.body.conversationId}/assign`, { userId: 'u_agent' });
    const chats = page.getByRole('region', { name: 'Your conversations' });
    await chats.getByRole('link', { name: 'Nora Visitor' }).waitFor();
    expect(await chats.textContent()).toContain('Open: 1 · awaiting your reply: 1 · pending: 0');

    // Call back Sarah from today's list: the softphone dials her from Support.
    await row.getByRole('button', { name: 'Call back Sarah Connor' }).click();
    await page.getByRole('region', { name: 'Calling…' }).waitFor();
    const [line] = await desk.lines('u_agent');
    expect(await desk.call(line!.callId)).toMatchObject({
      direction: 'outbound',
      numberId: 'n_support',
      to: customer,
    });
    await page.getByRole('button', { name: 'Hang up' }).click();
    await expect.poll(async () => (await desk.call(line!.callId)).status).toBe('ended');
    person.expectClean();
    // Twenty-odd steps through the stream: 59 s of its former 60 at load 17 (BENCHMARKS.md, session 9).
  }, 120_000);

  it('opening the console reads what the desktop shows once each, not again when the stream first says hello', async () => {
    // Signed in, the console not opened yet: the reads counted are those of opening it.
    const person = await signedInPerson(desk.browser, desk.origin, 'bea@acme.test');
    const { page } = person;
    const reads = new Map<string, number>();
    page.on('request', (request) => {
      const { pathname, search } = new URL(request.url());
      if (!pathname.startsWith('/v1/')) return;
      reads.set(pathname + search, (reads.get(pathname + search) ?? 0) + 1);
    });
    await page.goto('/');
    await page.getByRole('region', { name: 'Your calls today' }).waitFor();
    await person.settled();
    const base = desk.base;
    // Each screen's reads, and the console's own (its clock, members and numbers): once each.
    for (const path of ['/v1/clock', `${base}/users`, `${base}/numbers`, `${base}/callbacks`])
      expect({ path, reads: reads.get(path) }).toEqual({ path, reads: 1 });
    expect([...reads].filter(([, count]) => count > 1)).toEqual([]);
    person.expectClean();
  }, 60_000);

  it('a console whose stream never says hello (a proxy holding WebSockets) still shows its screens, and reads them', async () => {
    const person = await signedInPerson(desk.browser, desk.origin, 'bea@acme.test');
    const { page } = person;
    // The stream's socket opens but nothing ever comes through it, from the console's opening.
    await page.routeWebSocket(/\/v1\/stream/, () => {});
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('region', { name: 'Your calls today' }).waitFor();
    await person.settled();
    await page.unrouteAll();
    person.expectClean();
  }, 60_000);
});
