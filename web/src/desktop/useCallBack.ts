import { useSignedIn } from '../session/session.tsx';
import { useAction } from '../softphone/useAction.ts';
import type { Directory } from '../softphone/useDirectory.ts';

/**
 * Calling a customer back (W8): from the line they called when it is assigned to this
 * person, else from their first assigned number. The call then shows in the softphone.
 */
export function useCallBack(directory: Directory) {
  const { api, session } = useSignedIn();
  const action = useAction();
  const mine = directory.numbers.filter((number) => number.assignedUserIds.includes(session.user.id));
  const fromFor = (numberId?: string) => mine.find((number) => number.id === numberId)?.id ?? mine[0]?.id;
  return {
    ...action,
    canCall: mine.length > 0,
    callBack: (to: string, numberId?: string) => {
      const from = fromFor(numberId);
      if (from) void action.run(() => api.post('/calls', { body: { numberId: from, to } }));
    },
  };
}
