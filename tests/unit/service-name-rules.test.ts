/**
 * The name table (src/lib/catalogue/service-name-rules.ts) stated as rules: on examples, on every
 * service of the whole national registry file as the importer writes it, and on content/.
 */
import { describe, expect, it } from 'vitest';
import { applyNameRules, categoriesFromName, nameContradictions, SERVICE_NAME_RULES } from '../../src/lib/catalogue/service-name-rules';
import { importRegistry } from '../../scripts/import-registry/registry-import';
import type { RegistryFile } from '../../scripts/import-registry/model';
import { realContent, fixtureSite } from './helpers';
import { nameCategoryCheck } from '../../scripts/name-category-hook';
import { readSharedJson, sharedSet } from './shared-data';

const cats = (name: string) => applyNameRules(name, []).categories;

describe('the name table', () => {
  it('names only categories and service types that exist in the taxonomies', () => {
    const catIds = new Set(realContent.taxonomies.beneficiaryCategories.map((t) => t.id));
    const typeIds = new Set(realContent.taxonomies.serviceTypes.map((t) => t.id));
    for (const r of SERVICE_NAME_RULES) {
      for (const c of [...r.anyOf, ...(r.excludes ?? []), ...(r.add ? [r.add] : [])]) expect(catIds.has(c), `${r.id}: ${c}`).toBe(true);
      for (const t of r.types ?? []) expect(typeIds.has(t), `${r.id}: ${t}`).toBe(true);
      expect(new Set(SERVICE_NAME_RULES.map((x) => x.id)).size).toBe(SERVICE_NAME_RULES.length);
    }
  });

  it.each([
    ['Centrul de zi pentru copii cu dizabilități', ['children-with-disabilities']],
    ['Complexul comunitar de servicii pentru copilul cu handicap - Centrul de zi', ['children-with-disabilities']],
    ['Centrul de zi pentru persoane adulte cu handicap Napoca Protheus', ['adults-with-disabilities']],
    ['Centrul de informare și consiliere pentru nevăzători', ['adults-with-disabilities']],
    ['Cămin pentru persoane vârstnice Febe', ['elderly']],
    ['Adăpost de zi și de noapte pentru copiii străzii Arlechino', ['children-and-families', 'homeless']],
    ['Centrul social de urgență pentru persoane fără adăpost Turda', ['homeless']],
    ['Azil de noapte pentru persoane fără adăpost', ['homeless']],
    ['Centrul social pentru adulți cu probleme mintale', ['mental-health']],
    ['Locuință protejată pentru adulți cu probleme psihice Casa Liviu', ['mental-health']],
    ['Centrul de prevenire, evaluare și consiliere antidrog ”Casa Alba”', ['people-with-addictions']],
    ['Centrul de reabilitare pentru bărbați dependenți de alcool și droguri', ['people-with-addictions']],
    ['Centrul de recuperare pentru victimele violenței în familie', ['domestic-violence-victims']],
    ['Centrul de urgență pentru femeia și copilul abuzat', ['children-and-families', 'domestic-violence-victims']],
    ['Serviciul de asistență și protecție a victimelor traficului de persoane', ['trafficking-victims']],
    ['Centrul de consiliere pentru integrarea socio profesională pentru tinerii care părăsesc sistemul de protecție', ['young-people-leaving-care']],
    ['Centrul de tranzit - Casa Ada', ['young-people-leaving-care']],
    ['Centrul de consiliere și sprijin pentru copilul care a săvârșit fapte penale și nu răspunde penal', ['children-and-families', 'people-leaving-prison']],
    ['Centrul de îngrijire paliativă hospice Sibiu', ['terminally-ill']],
    ['Centre de primire și cazare pentru solicitanții de azil', ['migrants']],
    ['Centrul de sprijin social pentru romi', ['roma-marginalised-communities']],
    ['Centrul de informare și consiliere pentru copilul cu părinții plecați la muncă în străinătate', ['children-with-parents-abroad']],
    ['Cantina de ajutor social Lugoj', ['people-in-poverty']],
  ])('reads "%s" as %j', (name, expected) => {
    expect(cats(name).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Cămin pentru persoane vârstnice Aldeni'],
    ['Centrul rezidențial pentru persoane vârstnice Tinerețe fără bătrânețe'],
    ['Complex de servicii Familia Mea Roman, apartament 34'],
    ['Azil pentru bătrâni'],
    ['Centrul de recuperare și reabilitare neuropsihiatrică Reghin'],
  ])('does not over-read "%s"', (name) => {
    const c = cats(name);
    for (const wrong of ['young-adults', 'migrants', 'roma-marginalised-communities', 'homeless', 'mental-health', 'children-and-families']) expect(c, wrong).not.toContain(wrong);
  });

  it('rules out what the name contradicts: an antidrug centre is not for the elderly, a children\'s centre not for adults', () => {
    expect(applyNameRules('Centrul de prevenire, evaluare și consiliere antidrog', ['young-adults', 'elderly']).categories).toEqual(['young-adults', 'people-with-addictions']);
    expect(applyNameRules('Centrul de zi pentru copii cu dizabilități', ['elderly', 'adults-with-disabilities', 'children-and-families']))
      .toEqual({ categories: ['children-and-families', 'children-with-disabilities'], added: ['children-with-disabilities'], removed: ['elderly', 'adults-with-disabilities'], types: ['day-centre'] });
    // Another rule asking for the category keeps it: a centre for children and the elderly is for both.
    expect(applyNameRules('Centrul de zi pentru copii și vârstnici', ['elderly', 'children-and-families']).removed).toEqual([]);
  });

  it('says in words where a name and its categories disagree', () => {
    expect(nameContradictions('Centrul de zi pentru copii cu dizabilități', ['children-with-disabilities'])).toEqual([]);
    const problems = nameContradictions('Centrul de zi pentru copii cu dizabilități', ['adults-with-disabilities']);
    expect(problems).toEqual([
      expect.stringMatching(/^is named for children .* with disabilities .*, but carries none of children-with-disabilities$/),
      expect.stringMatching(/^is named for children: .*, but carries none of children-and-families, children-with-disabilities, children-with-parents-abroad$/),
      expect.stringMatching(/^carries 'adults-with-disabilities', which its name rules out/),
    ]);
    expect(categoriesFromName('Cantina socială').types).toEqual(['food-aid']);
  });
});

const DATA = sharedSet('registry-2016');
const national = readSharedJson<RegistryFile>(DATA, 'national.json', { ss: [], providers: [] });

describe.skipIf(!DATA)('the name table on every service of the national registry file', { timeout: 60_000 }, () => {
  const result = importRegistry(national, { ...realContent.taxonomies, file: 'national.json' });
  const services = result.entries.flatMap((e) => e.services.map((s) => ({ record: result.recordOf[`${e.id}/${s.id}`]!, ...s })));
  const byRecord = new Map(services.map((s) => [s.record, s]));
  const folded = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

  it('imports every service with categories that its name does not contradict', () => {
    expect(services.length).toBeGreaterThan(2000);
    const bad = services.map((s) => ({ record: s.record, name: s.name, problems: nameContradictions(s.name, s.beneficiary_categories) })).filter((x) => x.problems.length);
    expect(bad).toEqual([]);
  });

  // Each rule, stated over the whole file: a service whose name says X carries X.
  it.each([
    ['people with disabilities', /dizabilit|handicap|deficien|autis|nevaz|nevoi speciale/, ['adults-with-disabilities', 'children-with-disabilities']],
    ['children with disabilities', /\b(copil|copii|minori)\w*\b.*\b(dizabilit|handicap|deficien|autis)/, ['children-with-disabilities']],
    ['children', /\b(copil\w*|copii\w*|minori\w*|centrul de plasament|casa de tip familial)\b/, ['children-and-families', 'children-with-disabilities', 'children-with-parents-abroad']],
    ['the elderly', /\b(varstnic|batran|senior)\w*/, ['elderly']],
    ['homeless people and street children', /fara adapost|strazii|adapost de noapte|azil de noapte/, ['homeless']],
    ['mental health', /probleme (psihice|mintale)|boli psihice|dizabilitati psihice/, ['mental-health']],
    ['addictions and drugs', /antidrog|droguri|alcool/, ['people-with-addictions']],
    ['domestic violence', /violentei (in familie|domestice|familiale)/, ['domestic-violence-victims']],
    ['trafficking', /traficului de persoane/, ['trafficking-victims']],
    ['young people leaving care', /parasesc sistemul|centrul de tranzit/, ['young-people-leaving-care']],
    ['palliative care', /paliativ|hospice/, ['terminally-ill']],
    ['people in poverty', /cantin|masa pe roti/, ['people-in-poverty']],
  ])('a service named for %s carries that category', (_what, pattern, anyOf) => {
    // 'fără dizabilități' and 'sistemul de protecție a copilului' do not name the people served.
    const named = services.filter((s) => pattern.test(folded(s.name).replace(/fara dizabilitati|sistemul de protectie (a|al) copilului/g, '')));
    expect(named.length).toBeGreaterThan(0);
    for (const s of named) expect(s.beneficiary_categories.some((c) => anyOf.includes(c)), `${s.record} ${s.name}: ${s.beneficiary_categories.join(', ')}`).toBe(true);
  });

  it('does not over-tag: antidrug centres are not for the elderly, children\'s services are not for adults', () => {
    for (const s of services.filter((x) => /antidrog/.test(folded(x.name)))) expect(s.beneficiary_categories, s.record).not.toContain('elderly');
    expect(byRecord.get('296')!.beneficiary_categories).toEqual(['young-adults', 'adults-in-difficulty', 'people-with-addictions']);
    for (const id of ['476', '477', '478']) expect(byRecord.get(id)!.beneficiary_categories, id).not.toContain('adults-with-disabilities');
    expect(byRecord.get('476')!.beneficiary_categories).toContain('children-with-disabilities');
  });

  it('puts the Cluj-Napoca services the audit found under the category a person would look under', () => {
    expect(byRecord.get('728')!.beneficiary_categories).toContain('mental-health');
    expect(byRecord.get('479')!.beneficiary_categories).toContain('homeless');
    expect(byRecord.get('616')!.beneficiary_categories).toContain('homeless');
    expect(byRecord.get('481')!.beneficiary_categories).toContain('young-people-leaving-care');
    expect(byRecord.get('295')!.beneficiary_categories).toContain('people-with-addictions');
  });

  it('lists every record whose name and code disagree, and only those', () => {
    const listed = new Set(result.disagreements.map((d) => d.recordId));
    expect(listed.has('1003')).toBe(true); // an elderly home coded as a domestic-violence shelter
    expect(result.disagreements.find((d) => d.recordId === '1003')!.reason).toMatch(/code '8790CR-VD-I' gives domestic-violence-victims, which the name does not say/);
    expect(listed.has('296')).toBe(true); // the groups tick the elderly
    expect(listed.has('193')).toBe(true);
    // A record whose name and code agree is not listed.
    expect(listed.has('411')).toBe(false);
  });
});

describe('the name table on content/', () => {
  it.each([['content/providers', realContent], ['tests/fixtures/site/providers', fixtureSite]])('%s: no service whose name contradicts its categories', (_dir, content) => {
    const bad = content.providers.flatMap((p) => p.data.services.map((s) => {
      const name = typeof s.name === 'string' ? s.name : s.name.ro;
      return { where: `${p.file} services.${s.id}`, name, problems: nameContradictions(name, s.beneficiary_categories) };
    })).filter((x) => x.problems.length);
    expect(bad).toEqual([]);
  });

  it('is the check the content report and validate run', () => {
    expect(nameCategoryCheck).toBeDefined();
    expect(realContent.providers.flatMap((p) => nameCategoryCheck!(p.data))).toEqual([]);
    const wrong = { ...realContent.providers[0]!.data, services: [{ ...realContent.providers[0]!.data.services[0]!, id: 'x', name: 'Centrul de zi pentru copii cu dizabilități', beneficiary_categories: ['elderly'] }] };
    expect(nameCategoryCheck!(wrong).map((d) => d.service)).toEqual(['x', 'x', 'x']);
  });
});
