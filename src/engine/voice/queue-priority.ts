import { RecordMemo } from '../record-memo.ts';
import type { PhoneNumber } from '../state.ts';

/**
 * Whether every number has the same queue priority (then waiting calls are served in arrival
 * order, no look-up per waiting call). Asked on every queue serve, derived once per change of
 * the numbers: evolveNumber forgets it on every number event.
 */
const samePriority = new RecordMemo((numbers: Readonly<Record<string, PhoneNumber>>): boolean => {
  let first: number | undefined;
  for (const numberId in numbers) {
    const priority = numbers[numberId]!.settings.queue.priority ?? 0;
    if (first === undefined) first = priority;
    else if (priority !== first) return false;
  }
  return true;
});

export const onePriority = (numbers: Readonly<Record<string, PhoneNumber>>): boolean =>
  samePriority.of(numbers);

export const numbersChanged = (numbers: Readonly<Record<string, PhoneNumber>>): void =>
  samePriority.forget(numbers);
