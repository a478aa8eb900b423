import { describe, expect, it } from 'vitest';
import { IdMap } from './id-map.ts';
import { emptyWorkspace, type WorkspaceState, withTables } from './state.ts';
import { annRinging, types } from './testing.ts';

const load = (json: string): WorkspaceState =>
  withTables({ ...emptyWorkspace('ws'), ...(JSON.parse(json) as WorkspaceState) });

describe("the live calls, a call's legs and the callers' contacts as Maps (issue 16 goal 6)", () => {
  it('writes a snapshot with the legs as the record it had before, in the order they were added', () => {
    const s = annRinging();
    const saved = JSON.parse(JSON.stringify(s.state)) as { calls: { c1: { legs: Record<string, unknown> } } };
    expect(Object.keys(saved.calls.c1.legs)).toEqual(['c1.0', 'c1.1']);
    expect(saved.calls.c1.legs['c1.1']).toMatchObject({ party: 'agent', userId: 'ann', status: 'ringing' });
  });

  it('writes the live calls as the record they were, in the order the calls came', () => {
    const s = annRinging();
    s.when({ type: 'call.inbound', callId: 'c2', from: '+34600111333', to: '+34911234567' });
    const saved = JSON.parse(JSON.stringify(s.state)) as { calls: Record<string, { id: string }> };
    expect(Object.keys(saved.calls)).toEqual(['c1', 'c2']);
    expect(saved.calls.c2?.id).toBe('c2');
  });

  it('loads a snapshot with the legs as a record, and the call goes on from it', () => {
    const s = annRinging();
    const json = JSON.stringify(s.state);
    s.state = load(json);
    expect(s.state.calls).toBeInstanceOf(IdMap);
    expect(s.state.calls.get('c1')!.legs).toBeInstanceOf(IdMap);
    expect(JSON.stringify(s.state)).toBe(json);
    expect(types(s.when({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' }))).toContain(
      'call.leg_answered',
    );
    expect(s.state.calls.get('c1')!.legs.get('c1.1')?.status).toBe('connected');
  });

  it('takes back a structured clone of a state (Maps without their class)', () => {
    const s = annRinging();
    const copy = withTables(structuredClone(s.state));
    expect(copy.calls).toBeInstanceOf(IdMap);
    expect(copy.calls.get('c1')!.legs).toBeInstanceOf(IdMap);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(s.state));
  });

  it('keeps "__proto__" as an ordinary leg id through a snapshot', () => {
    const json = '{"calls":{"c9":{"id":"c9","legs":{"__proto__":{"id":"__proto__","status":"ringing"}}}}}';
    const state = load(json);
    expect(state.calls.get('c9')!.legs.get('__proto__')?.status).toBe('ringing');
    expect(JSON.parse(JSON.stringify(state)).calls).toEqual(JSON.parse(json).calls);
  });

  it('keeps "__proto__" as an ordinary call id through a snapshot', () => {
    const json =
      '{"calls":{"__proto__":{"id":"__proto__","legs":{"__proto__.0":{"id":"__proto__.0","status":"connected"}}}}}';
    const state = load(json);
    expect(state.calls.get('__proto__')!.legs.get('__proto__.0')?.status).toBe('connected');
    expect([...state.calls.keys()]).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(state)).calls).toEqual(JSON.parse(json).calls);
  });

  it("loads a snapshot with the contacts' phones as a record: a call from one is the contact's", () => {
    const s = annRinging();
    s.when({ type: 'contact.create', contactId: 'k1', name: 'Eva', phones: ['+34600111444'] });
    const json = JSON.stringify(s.state);
    expect(JSON.parse(json).contactByPhone).toEqual({ '+34600111444': 'k1' });
    s.state = load(json);
    expect(s.state.contactByPhone).toBeInstanceOf(IdMap);
    const received = s
      .when({ type: 'call.inbound', callId: 'c2', from: '+34600111444', to: '+34911234567' })
      .find((event) => event.type === 'call.received');
    expect(received).toMatchObject({ contactId: 'k1' });
  });

  it('loads the callbacks of a snapshot written as a record, and writes them back the same', () => {
    const json = '{"callbacks":{"cb_c2":{"id":"cb_c2","callId":"c2","status":"waiting","attempts":0}}}';
    const state = load(json);
    expect(state.callbacks).toBeInstanceOf(IdMap);
    expect(state.callbacks.get('cb_c2')?.status).toBe('waiting');
    expect(JSON.parse(JSON.stringify(state)).callbacks).toEqual(JSON.parse(json).callbacks);
  });

  it('loads the unheard voicemails of a snapshot written as a record: one is marked heard, once', () => {
    const json = '{"unheardVoicemails":{"vm_c1":"n1","__proto__":"n1"}}';
    const s = annRinging();
    s.state = withTables({ ...s.state, ...(JSON.parse(json) as Partial<WorkspaceState>) } as WorkspaceState);
    expect(s.state.unheardVoicemails).toBeInstanceOf(IdMap);
    expect(s.when({ type: 'voicemail.mark_heard', voicemailId: 'vm_c1' })).toEqual([
      { type: 'voicemail.heard', voicemailId: 'vm_c1', numberId: 'n1' },
    ]);
    s.refuses({ type: 'voicemail.mark_heard', voicemailId: 'vm_c1' }, 'not_found', 'voicemailId');
    expect(JSON.parse(JSON.stringify(s.state)).unheardVoicemails).toEqual(JSON.parse('{"__proto__":"n1"}'));
  });
});
