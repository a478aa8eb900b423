import { own } from '../table.ts';
import type { Tx } from '../tx.ts';
import { play, takeAction } from './actions.ts';
import { endCall } from './end.ts';
import { forwardCall } from './forward.ts';
import type { IvrAction } from './ivr-menus.ts';
import { offerOrFallBack, offerToUser } from './routing.ts';
import { menuTimerId, speechMs } from './timers.ts';

/** V10: the caller enters a menu: its prompt plays, then the menu waits for a digit. */
export function startMenu(tx: Tx, callId: string, menuId: string, repeats: number): void {
  const call = tx.state.calls.get(callId);
  const menu = tx.state.ivrMenus[menuId];
  if (!call) return;
  if (!menu) return takeAction(tx, callId, { kind: 'voicemail' }, 'no_answer');
  tx.emit({ type: 'call.menu_entered', callId, menuId, repeats });
  play(tx, call, { media: 'menu_prompt', after: 'await_digits' }, speechMs(menu.prompt), menu.prompt);
}

/** After the prompt, the caller has the menu's timeout to press a key. */
export function awaitDigits(tx: Tx, callId: string): void {
  const call = tx.state.calls.get(callId);
  const menu = call?.menu && tx.state.ivrMenus[call.menu.menuId];
  if (!call || !menu) return;
  const untilAt = tx.now + menu.timeoutSec * 1000;
  tx.emit({ type: 'call.awaiting_input', callId, menuId: menu.id, untilAt });
  tx.setTimer(menuTimerId(callId), untilAt, { type: 'call.menu_timeout', callId });
}

/** A key press (input) or silence (null) in a menu picks its action. */
export function chooseInMenu(tx: Tx, callId: string, input: string | null): void {
  const call = tx.state.calls.get(callId);
  const menu = call?.menu && tx.state.ivrMenus[call.menu.menuId];
  if (!call?.menu || !menu) return;
  tx.clearTimer(menuTimerId(callId));
  const { repeats } = call.menu;
  const option = input === null ? undefined : own(menu.options, input);
  const reason = input === null ? 'no_input' : option ? 'option' : 'invalid_input';
  const action = option ?? (input === null ? menu.noInput : menu.invalidInput);
  tx.emit({ type: 'call.menu_choice', callId, menuId: menu.id, input, action, reason });
  runMenuAction(tx, callId, action, menu.id, repeats, menu.maxRepeats);
}

function runMenuAction(
  tx: Tx,
  callId: string,
  action: IvrAction,
  menuId: string,
  repeats: number,
  maxRepeats: number,
): void {
  switch (action.kind) {
    case 'group':
      return offerOrFallBack(tx, callId, { kind: 'group', id: action.groupId });
    case 'extension':
      return offerToUser(tx, callId, action.userId, 'extension');
    case 'forward':
      return forwardCall(tx, callId, action.to);
    case 'voicemail':
      return takeAction(tx, callId, { kind: 'voicemail' }, 'no_answer');
    case 'menu':
      return startMenu(tx, callId, action.menuId, 0);
    case 'repeat':
      // A menu does not loop forever on a silent or confused caller.
      if (repeats >= maxRepeats) return endCall(tx, callId, 'missed', 'system');
      return startMenu(tx, callId, menuId, repeats + 1);
    case 'hang_up':
      return endCall(tx, callId, 'missed', 'system');
  }
}
