/**
 * The prompts a number can have recorded (S3): what the caller hears for the engine's
 * playbacks welcome, menu_prompt, message (the closed / out-of-hours message) and
 * voicemail_greeting. Tones (ringback, busy) and hold music are generated, never uploaded.
 */
export const promptKinds = ['welcome', 'menu', 'closed', 'voicemail_greeting'] as const;
export type PromptKind = (typeof promptKinds)[number];

const byPlayback: Record<string, PromptKind> = {
  welcome: 'welcome',
  menu_prompt: 'menu',
  message: 'closed',
  voicemail_greeting: 'voicemail_greeting',
};

/** The prompt an engine playback plays, or undefined for tones and voice drops. */
export function promptForPlayback(media: string): PromptKind | undefined {
  return Object.hasOwn(byPlayback, media) ? byPlayback[media] : undefined;
}

export const isPromptKind = (value: string): value is PromptKind =>
  (promptKinds as readonly string[]).includes(value);

/** Where a number's uploaded prompt is kept in the media store (beside voicemails and recordings). */
export const promptMediaId = (numberId: string, kind: PromptKind) => `prompt_${numberId}_${kind}`;

/** Where an IVR menu's own uploaded prompt is kept: a sub-menu says something else than the first. */
export const menuPromptMediaId = (menuId: string) => `prompt_menu_${menuId}`;
