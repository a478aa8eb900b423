/**
 * The names of the public messages integrators receive (src/api/stream-messages.ts defines
 * them, src/api/messages.ts maps the engine's events to them). No Node and no engine imports,
 * so the console imports the same list the server validates.
 */
export { type PublicMessageType, publicMessageTypes } from './stream-messages.ts';
