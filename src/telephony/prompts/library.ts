import type { WorkspaceState } from '../../engine/state.ts';
import type { MediaStore } from '../media/store.ts';
import { defaultPrompt, languageFor } from './defaults.ts';
import { type PromptKind, promptMediaId } from './kinds.ts';
import { decodePrompt } from './prompt-audio.ts';

/**
 * What a number's prompt sounds like: the WAV its admin uploaded (kept in the media store
 * beside voicemails and recordings), else the default spoken prompt in the number's language.
 */
export class PromptLibrary {
  constructor(private readonly media: MediaStore) {}

  async samples(state: WorkspaceState, e164: string, kind: PromptKind): Promise<Int16Array> {
    const numberId = state.numberByE164[e164];
    const uploaded = numberId ? await this.media.open(state.id, promptMediaId(numberId, kind)) : undefined;
    // Uploads were validated on the way in; a file that no longer decodes falls back to the default.
    if (uploaded) {
      try {
        return decodePrompt(uploaded).pcm;
      } catch {}
    }
    return defaultPrompt(languageFor(state.defaultCountry, e164), kind);
  }
}
