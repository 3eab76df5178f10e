import { describe, expect, it } from 'vitest';
import { isUndocumented, splitDocumented, type DocumentedInput } from '../../src/lib/catalogue/undocumented';

const phone = { number: '0700 000 101', source: 's' };
const service = (extra: Partial<DocumentedInput['services'][number]> = {}) => ({ ...extra });

describe('organisations listed apart (nothing a person can act on)', () => {
  it('an organisation with no service is listed apart', () => {
    expect(isUndocumented({ services: [] })).toBe(true);
    expect(isUndocumented({ services: [], phones: [phone] })).toBe(true);
  });

  it('an organisation whose listed services nobody can reach is listed apart', () => {
    expect(isUndocumented({ services: [service(), service()] })).toBe(true);
  });

  it('a contact of the organisation, or a website, makes its services reachable', () => {
    expect(isUndocumented({ services: [service()], phones: [phone] })).toBe(false);
    expect(isUndocumented({ services: [service()], emails: [{ address: 'a@example.org', source: 's' }] })).toBe(false);
    expect(isUndocumented({ services: [service()], website: { url: 'https://example.org/', source: 's' } })).toBe(false);
  });

  it('one reachable listed service is enough', () => {
    expect(isUndocumented({ services: [service(), service({ phones: [phone] })] })).toBe(false);
    expect(isUndocumented({ services: [service({ emails: [{ address: 'a@example.org', source: 's' }] })] })).toBe(false);
  });

  it('a confidential place whose contact route gives a number makes its service reachable; one without does not', () => {
    const routed = (text: string): DocumentedInput => ({
      locations: [{ id: 'loc', confidential: true, contact_route: text }],
      services: [service({ locations: ['loc'] })],
    });
    expect(isUndocumented(routed('Sunați la 0700 000 101.'))).toBe(false);
    expect(isUndocumented(routed('Contactați asociația.'))).toBe(true);
  });

  it('an unreachable inactive service does not hide a reachable listed one, and a provider with only inactive services stays documented', () => {
    expect(isUndocumented({ services: [service({ status: 'inactive' }), service({ phones: [phone] })] })).toBe(false);
    expect(isUndocumented({ services: [service({ status: 'inactive', phones: [phone] }), service()] })).toBe(true);
    expect(isUndocumented({ services: [service({ status: 'inactive' })] })).toBe(false);
  });

  it('splitDocumented keeps the order on both sides', () => {
    const items = [
      { name: 'a', p: { services: [service()], phones: [phone] } },
      { name: 'b', p: { services: [] } },
      { name: 'c', p: { services: [service()] } },
      { name: 'd', p: { services: [service({ phones: [phone] })] } },
    ];
    const { documented, undocumented } = splitDocumented(items, (i) => i.p);
    expect(documented.map((i) => i.name)).toEqual(['a', 'd']);
    expect(undocumented.map((i) => i.name)).toEqual(['b', 'c']);
  });
});
