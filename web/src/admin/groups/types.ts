import { type Answer, everyValue } from '../../api/contract.ts';

/** V13, as the API answers it. */
export type Group = Answer<'getGroup'>;
export type GroupNoAnswerKind = Group['noAnswer']['kind'];

export const groupNoAnswerKinds = everyValue<GroupNoAnswerKind>()([
  'forward_member_mobile',
  'forward',
  'voicemail',
  'hang_up',
]);
