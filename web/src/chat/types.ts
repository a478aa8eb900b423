export type { Department } from '../../../src/api/resources.ts';

import type { Answer, Body } from '../api/contract.ts';
import { formatPhone } from '../components/phone.ts';

/** The chat API's answers as the console reads them, from the API's contract. */

export type Conversation = Answer<'listConversations'>['items'][number];
export type ConversationStatus = Conversation['status'];
export type TransferTarget = Body<'transferConversation'>['to'];

export type Message = Answer<'getConversation'>['messages'][number];
export type MessageKind = Message['kind'];

export type ConversationDetail = Answer<'getConversation'>;

/** C2: where a conversation can be transferred, with who could take it now. */
export type TransferTargets = Answer<'listChatTransferTargets'>;
export type DepartmentTarget = TransferTargets['departments'][number];
export type AgentTarget = TransferTargets['agents'][number];

export const isInternal = (message: Message) => message.visibility === 'internal';

/** The contact as agents know them: their name, else their address (a phone number written for people). */
export const contactName = (conversation: Conversation) =>
  conversation.contact.name ??
  (/^\+\d{6,15}$/.test(conversation.contact.address)
    ? formatPhone(conversation.contact.address)
    : conversation.contact.address);
