import { expect, it } from 'vitest';
import { describeInBrowser } from '../support/browser.ts';
import { deskForTests, phone, support } from './desk-setup.ts';

describeInBrowser('agent desktop: wrap-up after a call (issue 21 R2)', () => {
  const desk = deskForTests();

  it('R2: after a call Alex sees the wrap-up count down, gets no call during it, extends it once and ends it early', async () => {
    await desk.ok('PUT', '/routing-rules/number/n_support', { wrapUpSec: 30 });
    const { page } = await desk.signedIn('alex@acme.test');
    const callId = await desk.place();
    await page.getByRole('region', { name: 'Incoming call' }).getByRole('button', { name: 'Answer' }).click();
    await phone(page).getByRole('region', { name: 'On call' }).waitFor();
    await desk.ok('POST', `/sim/calls/${callId}/hangup`);

    const wrapUp = page.getByRole('region', { name: 'Wrap-up' });
    await wrapUp.getByText('Wrap-up after a call').waitFor();
    await expect.poll(() => wrapUp.textContent()).toMatch(/0:(30|29|28) left/);

    // During wrap-up the next caller goes to Bea, not Alex.
    const next = await desk.place(support, '+34600999000');
    await expect
      .poll(async () => (await desk.lines('u_bea')).some((line) => line.callId === next))
      .toBe(true);
    expect((await desk.lines('u_agent')).some((line) => line.callId === next)).toBe(false);
    await desk.ok('POST', `/sim/calls/${next}/hangup`);

    await wrapUp.getByRole('button', { name: 'Extend' }).click();
    await expect.poll(() => wrapUp.getByRole('button', { name: 'Extend' }).count()).toBe(0);
    await expect.poll(() => wrapUp.textContent()).toMatch(/0:(5\d|60) left|1:00 left/);

    await wrapUp.getByRole('button', { name: 'End now' }).click();
    await wrapUp.waitFor({ state: 'detached' });
    expect((await desk.ok('GET', '/users/u_agent')).wrapUp).toBeUndefined();
  });
});
