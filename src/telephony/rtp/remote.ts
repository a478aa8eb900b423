import { isIP } from 'node:net';
import type { RemoteMedia } from '../media-plane.ts';

const directions = new Set(['sendrecv', 'sendonly', 'recvonly', 'inactive']);

const isPayloadType = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 127;

/** The peer's media as read from its SDP, checked at the plane's boundary: a clear error names the field. */
export function validRemote(remote: RemoteMedia): RemoteMedia {
  if (typeof remote !== 'object' || remote === null) throw new TypeError('remote must be an object');
  const { address, port, codec, payloadType, telephoneEventPayloadType, direction } = remote;
  if (typeof address !== 'string' || isIP(address) === 0)
    throw new TypeError(`remote.address must be an IP address, got ${JSON.stringify(address)}`);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new TypeError(`remote.port must be an integer from 1 to 65535, got ${JSON.stringify(port)}`);
  if (codec !== 'PCMU' && codec !== 'PCMA')
    throw new TypeError(`remote.codec must be PCMU or PCMA, got ${JSON.stringify(codec)}`);
  if (!isPayloadType(payloadType))
    throw new TypeError(
      `remote.payloadType must be an integer from 0 to 127, got ${JSON.stringify(payloadType)}`,
    );
  if (telephoneEventPayloadType !== undefined && !isPayloadType(telephoneEventPayloadType))
    throw new TypeError('remote.telephoneEventPayloadType must be an integer from 0 to 127');
  if (telephoneEventPayloadType === payloadType)
    throw new TypeError('remote.telephoneEventPayloadType must differ from remote.payloadType');
  if (direction !== undefined && !directions.has(direction))
    throw new TypeError('remote.direction must be sendrecv, sendonly, recvonly or inactive');
  return { address, port, codec, payloadType, telephoneEventPayloadType, direction };
}
