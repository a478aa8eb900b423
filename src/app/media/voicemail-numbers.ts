import { DomainError } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { type Principal, seesAll } from '../principal.ts';
import { mayUseNumber, viewerOf } from '../visibility.ts';

/** W8: an agent hears the voicemails of the numbers assigned to them; supervisors and admins, all. */
export function hearsNumber(principal: Principal, state: WorkspaceState, numberId: string): boolean {
  const number = Object.hasOwn(state.numbers, numberId) ? state.numbers[numberId] : undefined;
  return mayUseNumber(viewerOf(principal), number ?? { assignedUserIds: [] });
}

/**
 * W8: the numbers whose voicemails the caller may list; undefined for every number. Asking for
 * one number they may not hear is refused rather than answered with an empty list.
 */
export function numbersHeardBy(
  principal: Principal,
  state: WorkspaceState,
  numberId: string | undefined,
): string[] | undefined {
  if (numberId !== undefined) {
    if (!hearsNumber(principal, state, numberId))
      throw new DomainError('forbidden', `number ${numberId} is not assigned to you`, 'numberId');
    return [numberId];
  }
  if (seesAll(principal)) return undefined;
  return Object.keys(state.numbers).filter((id) => hearsNumber(principal, state, id));
}
