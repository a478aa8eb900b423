import { conflict, DomainError, invalid } from '../../domain/errors.ts';
import { unhandledCommand } from '../command-routing.ts';
import type { WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { requireUser } from './users.ts';

/**
 * SIP telephony configuration of a workspace (S1, S2, S5, W7): its trunk (which carrier
 * addresses may send calls in, where outbound legs go) and its users' SIP accounts. An
 * account stores only the digest hashes (HA1, RFC 7616) the registrar needs, never the
 * password, and whether any of the user's devices is registered now: the driver reports
 * only the transitions, so routing can skip a SIP user with no device.
 */

export interface Trunk {
  /** IPv4/IPv6 addresses or CIDR ranges a carrier's INVITEs may come from. */
  allowedSources: string[];
  /** Where outbound legs (forwards, external transfers) are sent. */
  outbound?: { host: string; port: number; transport: 'udp' | 'tcp' };
}

export interface SipAccount {
  username: string;
  /** HA1 = H(username:realm:password), lowercase hex, for MD5 and SHA-256. */
  ha1: { md5: string; sha256: string };
  registered: boolean;
}

export interface SipConfig {
  trunk?: Trunk;
  accounts: Record<string, SipAccount>;
}

export type SipCommand =
  | { type: 'sip.configure_trunk'; trunk: Trunk | null }
  | { type: 'sip.set_account'; userId: string; username: string; ha1: { md5: string; sha256: string } }
  | { type: 'sip.remove_account'; userId: string }
  /** The driver: the user's first device registered, or their last one went away. */
  | { type: 'sip.device_registered'; userId: string }
  | { type: 'sip.devices_gone'; userId: string };

export type SipEvent =
  | { type: 'sip.trunk_configured'; trunk: Trunk | null }
  | { type: 'sip.account_set'; userId: string; username: string; ha1: { md5: string; sha256: string } }
  | { type: 'sip.account_removed'; userId: string }
  | { type: 'sip.device_registered'; userId: string }
  | { type: 'sip.devices_gone'; userId: string };

/** Realm of every digest challenge; HA1s are computed with it. */
export const sipRealm = 'switchboard';

/** The workspace's SIP configuration (states rebuilt from snapshots older than it have none). */
export const sipOf = (state: WorkspaceState): SipConfig => state.sip ?? { accounts: {} };

const ipv4 = /^(\d{1,3})(\.\d{1,3}){3}$/;
const hostRe = /^[A-Za-z0-9]([A-Za-z0-9\-.]*[A-Za-z0-9])?$/;

function checkSource(source: string, index: number): string {
  const field = `trunk.allowedSources[${index}]`;
  const [address, bits, extra] = source.trim().split('/');
  if (extra !== undefined || !address) throw invalid(field, `${source} is not an address or CIDR range`);
  const v4 = ipv4.test(address) && address.split('.').every((part) => Number(part) <= 255);
  const v6 = !v4 && address.includes(':') && /^[0-9A-Fa-f:.]+$/.test(address);
  if (!v4 && !v6) throw invalid(field, `${source} is not an IP address or CIDR range`);
  if (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= (v4 ? 32 : 128)))
    throw invalid(field, `${source} has an invalid prefix length`);
  return source.trim().toLowerCase();
}

function checkTrunk(trunk: Trunk): Trunk {
  if (!Array.isArray(trunk.allowedSources) || trunk.allowedSources.length > 100)
    throw invalid('trunk.allowedSources', 'allowedSources must be a list of at most 100 addresses');
  const allowedSources = [...new Set(trunk.allowedSources.map(checkSource))];
  if (!trunk.outbound) return { allowedSources };
  const { host, port, transport } = trunk.outbound;
  if (typeof host !== 'string' || !hostRe.test(host.trim()) || host.length > 253)
    throw invalid('trunk.outbound.host', 'outbound.host must be a host name or IP address');
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw invalid('trunk.outbound.port', 'outbound.port must be a port number from 1 to 65535');
  if (transport !== 'udp' && transport !== 'tcp')
    throw invalid('trunk.outbound.transport', 'outbound.transport must be udp or tcp');
  return { allowedSources, outbound: { host: host.trim().toLowerCase(), port, transport } };
}

const hex = (bytes: number) => new RegExp(`^[0-9a-f]{${bytes * 2}}$`);

export function decideSip(tx: Tx, command: SipCommand): void {
  const sip = sipOf(tx.state);
  switch (command.type) {
    case 'sip.configure_trunk':
      tx.emit({ type: 'sip.trunk_configured', trunk: command.trunk ? checkTrunk(command.trunk) : null });
      return;
    case 'sip.set_account': {
      requireUser(tx.state, command.userId);
      const username = command.username.trim();
      if (!/^[A-Za-z0-9_.\-+]{1,64}$/.test(username))
        throw invalid('username', 'username must be 1 to 64 letters, digits or _ . - +');
      const taken = Object.entries(sip.accounts).find(
        ([userId, account]) => userId !== command.userId && account.username === username,
      );
      if (taken) throw conflict(`SIP username ${username} is taken`, 'username');
      if (!hex(16).test(command.ha1.md5) || !hex(32).test(command.ha1.sha256))
        throw invalid('password', 'digest hashes are malformed');
      tx.emit({ type: 'sip.account_set', userId: command.userId, username, ha1: { ...command.ha1 } });
      return;
    }
    case 'sip.remove_account':
      requireUser(tx.state, command.userId);
      if (!Object.hasOwn(sip.accounts, command.userId))
        throw new DomainError('not_found', `user ${command.userId} has no SIP account`, 'userId');
      tx.emit({ type: 'sip.account_removed', userId: command.userId });
      return;
    case 'sip.device_registered':
    case 'sip.devices_gone': {
      const account = Object.hasOwn(sip.accounts, command.userId) ? sip.accounts[command.userId] : undefined;
      if (!account) throw new DomainError('not_found', `user ${command.userId} has no SIP account`, 'userId');
      // Only transitions are events: the registrar may report what the state already says.
      if (account.registered === (command.type === 'sip.device_registered')) return;
      tx.emit({ type: command.type, userId: command.userId });
      return;
    }
    default:
      return unhandledCommand(command);
  }
}

export function evolveSip(state: WorkspaceState, event: SipEvent): WorkspaceState {
  state.sip ??= { accounts: {} };
  const sip = state.sip;
  switch (event.type) {
    case 'sip.trunk_configured':
      if (event.trunk) sip.trunk = event.trunk;
      else delete sip.trunk;
      break;
    case 'sip.account_set': {
      const registered = sip.accounts[event.userId]?.registered ?? false;
      sip.accounts[event.userId] = { username: event.username, ha1: { ...event.ha1 }, registered };
      break;
    }
    case 'sip.account_removed':
      delete sip.accounts[event.userId];
      break;
    case 'sip.device_registered':
    case 'sip.devices_gone': {
      const account = sip.accounts[event.userId];
      if (account) account.registered = event.type === 'sip.device_registered';
      break;
    }
  }
  const user = state.users[('userId' in event && event.userId) || ''];
  if (user) {
    const account = sip.accounts[user.id];
    // Routing reads this flag: a SIP user with no registered device is skipped (S2).
    user.sipDevice = account ? (account.registered ? 'registered' : 'none') : undefined;
  }
  return state;
}
