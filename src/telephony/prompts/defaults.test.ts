import { describe, expect, it } from 'vitest';
import { rms } from '../rtp/test-support/goertzel.ts';
import { defaultPrompt, languageFor } from './defaults.ts';
import { promptForPlayback, promptKinds } from './kinds.ts';

describe('default spoken prompts (S3)', () => {
  it('each prompt exists in English and Spanish, decodes, and is a few seconds of audible speech', () => {
    for (const language of ['en', 'es'] as const)
      for (const kind of promptKinds) {
        const pcm = defaultPrompt(language, kind);
        expect(pcm.length / 8000, `${language}/${kind}`).toBeGreaterThan(1);
        expect(pcm.length / 8000, `${language}/${kind}`).toBeLessThan(8);
        expect(rms(pcm), `${language}/${kind}`).toBeGreaterThan(500);
      }
    expect(defaultPrompt('es', 'welcome')).not.toEqual(defaultPrompt('en', 'welcome'));
  });

  it("picks the language from the workspace's country, else from the number's calling code", () => {
    expect(languageFor('ES', '+441234567890')).toBe('es');
    expect(languageFor('GB', '+34910000001')).toBe('en');
    expect(languageFor(undefined, '+34910000001')).toBe('es');
    expect(languageFor(undefined, '+14155550100')).toBe('en');
  });

  it('maps the engine playbacks that are prompts, and only those', () => {
    expect(promptForPlayback('welcome')).toBe('welcome');
    expect(promptForPlayback('menu_prompt')).toBe('menu');
    expect(promptForPlayback('message')).toBe('closed');
    expect(promptForPlayback('voicemail_greeting')).toBe('voicemail_greeting');
    expect(promptForPlayback('busy_tone')).toBeUndefined();
    expect(promptForPlayback('__proto__')).toBeUndefined();
  });
});
