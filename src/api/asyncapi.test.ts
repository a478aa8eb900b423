import specs from '@asyncapi/specs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { asyncApiDocument, messageKey } from './asyncapi.ts';
import { messageCatalog, publicMessageTypes } from './stream-messages.ts';

const document = JSON.parse(JSON.stringify(asyncApiDocument('1.2.3')));

describe('the AsyncAPI document of the stream (SPEC I4)', () => {
  it('is a valid AsyncAPI 3.0 document (the specification’s own JSON Schema)', () => {
    // The specification's bundle carries its own draft-07 meta-schema, hence meta: false.
    const ajv = new Ajv({ strict: false, meta: false, validateSchema: false, validateFormats: false });
    const validate = ajv.compile(specs.schemas['3.0.0']);
    const valid = validate(document);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
    // The check can fail: an operation that names no action is refused.
    const broken = structuredClone(document);
    broken.operations.receiveStream.action = 'listen';
    expect(validate(broken)).toBe(false);
  });

  it('lists every public message under its name and version, hello and reload, nothing internal', () => {
    const keys = Object.keys(document.components.messages);
    expect(keys).toEqual([
      'hello',
      'reload',
      ...publicMessageTypes.map((type) => messageKey(type, messageCatalog[type].version)),
    ]);
    expect(keys.some((key) => /timer\.|leg_ringing|call\.routed/.test(key))).toBe(false);
    expect(document.operations.receiveStream.messages).toHaveLength(keys.length);
  });

  it('each message’s payload is the envelope the stream sends: type, version, seq, at, data', () => {
    const offered = document.components.messages[messageKey('call.offered', 1)].payload;
    expect(offered.required).toEqual(['type', 'version', 'seq', 'at', 'data']);
    expect(offered.properties.type.const).toBe('call.offered');
    expect(offered.properties.data.required).toEqual(['callId', 'userId', 'legId']);
  });
});
