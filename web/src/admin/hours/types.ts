import { everyValue } from '../../api/contract.ts';
import type { NumberSettings } from '../numbers/types.ts';

/** V3, as a number's settings carry it (the API's contract). */
export type WorkingHours = NonNullable<NumberSettings['hours']>;
export type Weekday = keyof WorkingHours['weekly'];
export type Interval = NonNullable<WorkingHours['weekly'][Weekday]>[number];
/** A one-off closure (a week in August, a move): from and to in the schedule's local time. */
export type Closure = WorkingHours['closures'][number];

export const weekdays = everyValue<Weekday>()(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
