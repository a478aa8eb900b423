import { type Answer, type Body, everyValue } from '../api/contract.ts';

/** GET /live (R4): the workspace's live calls, conversations and callbacks. */
export type LiveBoard = Answer<'getLiveBoard'>;
export type LiveCall = LiveBoard['calls'][number];
export type LiveLeg = LiveCall['legs'][number];
export type LiveConversation = LiveBoard['conversations'][number];
export type LiveCallback = LiveBoard['callbacks'][number];

export type MonitorMode = Body<'monitorCall'>['mode'];
export const monitorModes = everyValue<MonitorMode>()(['listen', 'whisper', 'barge']);
