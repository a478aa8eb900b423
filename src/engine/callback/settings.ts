import { invalid } from '../../domain/errors.ts';
import { optionalText } from '../../domain/text.ts';
import { type CallbackSettings, callbackModes, defaultCallbackSettings } from './callback.ts';

export { type CallbackSettings, defaultCallbackSettings };

/** Checks a number's callback option whole, naming the field that is wrong. */
export function checkCallbackSettings(settings: CallbackSettings): CallbackSettings {
  if (typeof settings.enabled !== 'boolean')
    throw invalid('callback.enabled', 'callback.enabled must be true or false');
  if (typeof settings.key !== 'string' || !/^[0-9*]$/.test(settings.key))
    throw invalid('callback.key', 'callback.key must be one key: 0-9 or * (# ends a typed number)');
  if (!(callbackModes as readonly string[]).includes(settings.mode))
    throw invalid('callback.mode', `callback.mode must be one of ${callbackModes.join(', ')}`);
  if (!Number.isInteger(settings.retries) || settings.retries < 0 || settings.retries > 5)
    throw invalid('callback.retries', 'callback.retries must be a whole number from 0 to 5');
  if (
    !Number.isInteger(settings.retryDelaySec) ||
    settings.retryDelaySec < 30 ||
    settings.retryDelaySec > 86_400
  )
    throw invalid(
      'callback.retryDelaySec',
      'callback.retryDelaySec must be a whole number of seconds from 30 to 86400',
    );
  const prompt = optionalText(settings.prompt ?? undefined, 'callback.prompt', 500);
  return {
    enabled: settings.enabled,
    key: settings.key,
    mode: settings.mode,
    retries: settings.retries,
    retryDelaySec: settings.retryDelaySec,
    ...(prompt ? { prompt } : {}),
  };
}
