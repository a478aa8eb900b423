import { describe, expect, it } from 'vitest';
import { Scenario } from '../../engine/testing.ts';
import { findContacts } from './contacts.ts';

const s = new Scenario().after(
  { type: 'workspace.create', name: 'Acme', plan: 'business', seed: 42, defaultCountry: 'ES' },
  {
    type: 'contact.create',
    contactId: 'k1',
    name: 'Carmen Vidal',
    company: 'Hotel Sol',
    phones: ['+34600111222'],
  },
  { type: 'contact.create', contactId: 'k2', name: 'Óscar Soler', phones: ['+34911000999'] },
);
const ids = (filter: Parameters<typeof findContacts>[1]) => findContacts(s.state, filter).map((c) => c.id);

describe('findContacts (CRM search and screen pop)', () => {
  it('searches a word start of the name or company, or three digits or more of a phone', () => {
    expect(ids({})).toEqual(['k1', 'k2']);
    expect(ids({ search: 'sol' })).toEqual(['k1', 'k2']);
    expect(ids({ search: 'oscar' })).toEqual(['k2']);
    expect(ids({ search: '111 2' })).toEqual(['k1']);
    expect(ids({ search: '11' })).toEqual([]);
  });

  it('looks a caller up by exact phone in any form the default country reads', () => {
    expect(ids({ phone: '600 11 12 22' })).toEqual(['k1']);
    expect(ids({ phone: '+34 911 000 999' })).toEqual(['k2']);
    expect(ids({ phone: '+34 600 000 000' })).toEqual([]);
    expect(() => findContacts(s.state, { phone: 'not a phone' })).toThrow(
      expect.objectContaining({ field: 'phone' }),
    );
  });
});
