import type { HandsetCall, PhoneLine } from './devices.ts';

/** One workspace of the simulated network: handsets by call, phones by device. */
export interface SimWorkspace {
  /** Calls by id: live ones and the most recent ended ones. */
  calls: Map<string, HandsetCall>;
  /** Ended call ids, oldest first, so the oldest can be forgotten. */
  ended: string[];
  /** Phones by device (an agent's user id, or an external E.164 number); one with no lines is removed. */
  phones: Map<string, Map<string, PhoneLine>>;
  /** Which device each live leg rings or is connected on. */
  legDevice: Map<string, string>;
  /** The legs with a line on some phone, per call: a call's lines without a look at every live leg. */
  callLines: Map<string, Set<string>>;
}

export function emptySimWorkspace(): SimWorkspace {
  return { calls: new Map(), ended: [], phones: new Map(), legDevice: new Map(), callLines: new Map() };
}

/** The legs of a call that ring or are connected on some phone. */
export function linesOf(workspace: SimWorkspace, callId: string): string[] {
  return [...(workspace.callLines.get(callId) ?? [])];
}

export function setLine(workspace: SimWorkspace, device: string, line: PhoneLine): void {
  let phone = workspace.phones.get(device);
  if (!phone) {
    phone = new Map();
    workspace.phones.set(device, phone);
  }
  const previous = phone.get(line.legId);
  if (previous && previous.callId !== line.callId) forgetLine(workspace, previous.callId, line.legId);
  phone.set(line.legId, line);
  workspace.legDevice.set(line.legId, device);
  let lines = workspace.callLines.get(line.callId);
  if (!lines) {
    lines = new Set();
    workspace.callLines.set(line.callId, lines);
  }
  lines.add(line.legId);
}

function forgetLine(workspace: SimWorkspace, callId: string, legId: string): void {
  const lines = workspace.callLines.get(callId);
  lines?.delete(legId);
  if (lines?.size === 0) workspace.callLines.delete(callId);
}

export function removeLine(workspace: SimWorkspace, legId: string): void {
  const device = workspace.legDevice.get(legId);
  workspace.legDevice.delete(legId);
  const phone = device ? workspace.phones.get(device) : undefined;
  if (!device || !phone) return;
  const line = phone.get(legId);
  if (line) forgetLine(workspace, line.callId, legId);
  phone.delete(legId);
  if (phone.size === 0) workspace.phones.delete(device);
}
