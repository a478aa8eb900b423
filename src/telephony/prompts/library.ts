import type { WorkspaceState } from '../../engine/state.ts';
import { own } from '../../engine/table.ts';
import type { MediaStore } from '../media/store.ts';
import { defaultPrompt, languageFor } from './defaults.ts';
import { menuPromptMediaId, type PromptKind, promptMediaId } from './kinds.ts';
import { decodePrompt } from './prompt-audio.ts';

/**
 * What a number's prompt sounds like: the WAV its admin uploaded (kept in the media store
 * beside voicemails and recordings), else the default spoken prompt in the number's language.
 * A menu prompt is the menu's own upload first; the number's menu upload stands only for the
 * menu the number answers with, so a sub-menu never repeats the first menu's words.
 */
export class PromptLibrary {
  constructor(private readonly media: MediaStore) {}

  async samples(state: WorkspaceState, e164: string, kind: PromptKind, callId?: string): Promise<Int16Array> {
    for (const id of this.uploadsFor(state, e164, kind, callId)) {
      const uploaded = await this.media.open(state.id, id);
      // Uploads were validated on the way in; a file that no longer decodes falls back.
      if (!uploaded) continue;
      try {
        return decodePrompt(uploaded).pcm;
      } catch {}
    }
    return defaultPrompt(languageFor(state.defaultCountry, e164), kind);
  }

  /** The media ids to try, in order. */
  private uploadsFor(state: WorkspaceState, e164: string, kind: PromptKind, callId?: string): string[] {
    const numberId = own(state.numberByE164, e164);
    const numberUpload = numberId ? [promptMediaId(numberId, kind)] : [];
    if (kind !== 'menu') return numberUpload;
    const menuId = callId === undefined ? undefined : state.calls.get(callId)?.menu?.menuId;
    if (!menuId) return numberUpload;
    const route = numberId ? own(state.numbers, numberId)?.settings.route : undefined;
    const entryMenu = route?.kind === 'ivr' && route.menuId === menuId;
    return [menuPromptMediaId(menuId), ...(entryMenu ? numberUpload : [])];
  }
}
