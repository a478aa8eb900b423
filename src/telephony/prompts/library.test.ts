import { describe, expect, it } from 'vitest';
import type { Command } from '../../engine/commands.ts';
import { createdWorkspace, Scenario } from '../../engine/testing.ts';
import { MemoryMediaStore } from '../media/store.ts';
import { encodeWav } from '../media/wav.ts';
import { defaultPrompt } from './defaults.ts';
import { menuPromptMediaId, promptMediaId } from './kinds.ts';
import { PromptLibrary } from './library.ts';

/** A number answering with menu m_main, whose key 1 leads to the sub-menu m_sales. */
function workspace() {
  const commands: Command[] = [
    createdWorkspace,
    { type: 'ivr_menu.create', menuId: 'm_sales', name: 'Sales', prompt: 'New orders press 1.' },
    {
      type: 'ivr_menu.create',
      menuId: 'm_main',
      name: 'Main',
      prompt: 'Sales press 1.',
      options: { 1: { kind: 'menu', menuId: 'm_sales' } },
    },
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+14155550100',
      kind: 'rented',
      settings: { route: { kind: 'ivr', menuId: 'm_main' } },
    },
    { type: 'call.inbound', callId: 'c1', from: '+14155550111', to: '+14155550100' },
  ];
  return new Scenario().after(...commands);
}

const audio = (length: number) => new Int16Array(length).fill(1000);

describe('which recorded prompt a caller hears in an IVR menu (S3, V10)', () => {
  it('the number’s menu upload plays for the menu it answers with, never for a sub-menu', async () => {
    const media = new MemoryMediaStore();
    const library = new PromptLibrary(media);
    const s = workspace();
    await media.put(s.state.id, promptMediaId('n1', 'menu'), encodeWav(audio(800)));
    expect((await library.samples(s.state, '+14155550100', 'menu', 'c1')).length).toBe(800);
    s.advance(2_000).fireDueTimers();
    s.when({ type: 'call.dtmf', callId: 'c1', digits: '1' });
    expect(s.state.calls.get('c1')!.menu?.menuId).toBe('m_sales');
    // The sub-menu has no upload of its own: the built-in prompt, not the first menu's words.
    expect(await library.samples(s.state, '+14155550100', 'menu', 'c1')).toEqual(defaultPrompt('en', 'menu'));
    await media.put(s.state.id, menuPromptMediaId('m_sales'), encodeWav(audio(1600)));
    expect((await library.samples(s.state, '+14155550100', 'menu', 'c1')).length).toBe(1600);
  });

  it('a menu’s own upload comes before the number’s; other prompts are the number’s alone', async () => {
    const media = new MemoryMediaStore();
    const library = new PromptLibrary(media);
    const s = workspace();
    await media.put(s.state.id, promptMediaId('n1', 'menu'), encodeWav(audio(800)));
    await media.put(s.state.id, menuPromptMediaId('m_main'), encodeWav(audio(2400)));
    expect((await library.samples(s.state, '+14155550100', 'menu', 'c1')).length).toBe(2400);
    await media.put(s.state.id, promptMediaId('n1', 'welcome'), encodeWav(audio(1200)));
    expect((await library.samples(s.state, '+14155550100', 'welcome', 'c1')).length).toBe(1200);
    expect(await library.samples(s.state, '+14155550100', 'closed', 'c1')).toEqual(
      defaultPrompt('en', 'closed'),
    );
  });
});
