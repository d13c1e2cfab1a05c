import { LOCALES } from '@portal/domain/locales';
import type { Localized } from '@portal/domain/locales';
import {
  ACTIVE_FIELD_OPERATIONS,
  CLOSED_FIELD_OPERATIONS,
  FIELD_OPERATIONS,
  findFieldOperation,
  hostCountryCode,
  hostName,
} from './field-operations';
import { INSTITUTIONS } from './institutions';
import { ALL_LEADERSHIP_OFFICES, HEAD_OFFICES, LEADERSHIP_OFFICES } from './leadership';
import { OFFICE_HOLDER_SEEDS } from './office-holders';
import { findInstitution, findStructure, isInstitutionSlug, nameWithAcronym } from './lookup';
import { MEETING_FACTS } from './meeting-facts';
import { MEETING_SERIES } from './meetings';
import { OSCE_ACRONYM, OSCE_NAME } from './osce';
import { STRUCTURES } from './structures';

function expectComplete(value: Localized | undefined): void {
  expect(value).toBeDefined();
  for (const locale of LOCALES) expect(value?.[locale]?.trim().length).toBeGreaterThan(1);
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

function expectUnique(slugs: readonly string[]): void {
  expect(new Set(slugs).size).toBe(slugs.length);
  for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
}

describe('institutions', () => {
  it('names every institution, seat and acronym in six languages', () => {
    expect(INSTITUTIONS).toHaveLength(6);
    expectUnique(INSTITUTIONS.map((i) => i.slug));
    for (const institution of INSTITUTIONS) {
      expectComplete(institution.name);
      expectComplete(institution.seat);
      if (institution.acronym) expectComplete(institution.acronym);
    }
    expectComplete(OSCE_NAME);
    expectComplete(OSCE_ACRONYM);
  });

  it('uses the acronyms of each language', () => {
    expect(findInstitution('odihr')?.acronym).toEqual({
      en: 'ODIHR',
      fr: 'BIDDH',
      de: 'BDIMR',
      it: 'ODIHR',
      ru: 'БДИПЧ',
      es: 'OIDDH',
    });
    expect(nameWithAcronym(required(findInstitution('odihr')), 'it')).toBe(
      'Ufficio per le istituzioni democratiche e i diritti dell’uomo (ODIHR)',
    );
    expect(findInstitution('hcnm')?.seat.en).toBe('The Hague');
    expect(isInstitutionSlug('odihr')).toBe(true);
    expect(isInstitutionSlug('nato')).toBe(false);
  });

  it('places the SPMU in the Transnational Threats Department of the Secretariat', () => {
    expectUnique(STRUCTURES.map((s) => s.slug));
    for (const structure of STRUCTURES) {
      expectComplete(structure.name);
      if (structure.acronym) expectComplete(structure.acronym);
      if (structure.parent) expect(findStructure(structure.parent)).toBeDefined();
    }
    const spmu = findStructure('strategic-police-matters-unit');
    expect(spmu?.acronym?.en).toBe('SPMU');
    expect(spmu?.parent).toBe('transnational-threats-department');
    expect(findStructure('transnational-threats-department')?.parent).toBe('secretariat');
  });

  it('lists the 12 active field operations of the menu and closed ones with closing years', () => {
    expect(ACTIVE_FIELD_OPERATIONS).toHaveLength(12);
    expectUnique(FIELD_OPERATIONS.map((op) => op.slug));
    for (const op of FIELD_OPERATIONS) {
      expectComplete(op.name);
      if (op.city) expectComplete(op.city);
      for (const locale of LOCALES) expect(hostName(op.host, locale).length).toBeGreaterThan(2);
    }
    expect(ACTIVE_FIELD_OPERATIONS.every((op) => op.status === 'active' && !op.endYear)).toBe(true);
    expect(CLOSED_FIELD_OPERATIONS.every((op) => op.status === 'closed' && op.endYear)).toBe(true);
    expect(findFieldOperation('office-in-minsk')?.endYear).toBe(2011);
    expect(findFieldOperation('mission-to-croatia')?.endYear).toBe(2007);

    const kosovo = required(findFieldOperation('mission-in-kosovo'));
    expect(kosovo.host).toBe('Kosovo');
    expect(hostCountryCode(kosovo.host)).toBeUndefined();
    expect(hostName(kosovo.host, 'ru')).toBe('Косово');
    expect(hostName(required(findFieldOperation('mission-to-skopje')).host, 'it')).toBe(
      'Macedonia del Nord',
    );
  });

  it('names the 16 meeting series of the menu', () => {
    expect(MEETING_SERIES).toHaveLength(16);
    expectUnique(MEETING_SERIES.map((m) => m.slug));
    for (const series of MEETING_SERIES) expectComplete(series.name);
  });

  it('says what each meeting series is, how often it meets and where the facts come from', () => {
    expect(Object.keys(MEETING_FACTS).sort()).toEqual(MEETING_SERIES.map((m) => m.slug).sort());
    for (const series of MEETING_SERIES) {
      expectComplete(series.about);
      expect(series.sources.length).toBeGreaterThan(0);
      for (const url of series.sources) expect(url).toMatch(/^https?:\/\/[^ ]+$/);
      const years = series.recent.map((m) => m.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      for (const meeting of series.recent) {
        expect(meeting.year).toBeGreaterThanOrEqual(1975);
        expect(meeting.year).toBeLessThanOrEqual(2026);
        if (meeting.place) expectComplete(meeting.place);
      }
    }
    // Series that meet on a schedule name at least one recent meeting.
    const scheduled = MEETING_SERIES.filter((s) => s.frequency !== 'irregular');
    for (const series of scheduled) expect(series.recent.length).toBeGreaterThan(0);
  });

  it('relates the 22 leadership offices to existing bodies', () => {
    expect(LEADERSHIP_OFFICES).toHaveLength(22);
    expectUnique(LEADERSHIP_OFFICES.map((o) => o.slug));
    for (const office of LEADERSHIP_OFFICES) {
      expectComplete(office.title);
      const related = office.relatedTo;
      if ('institution' in related) expect(findInstitution(related.institution)).toBeDefined();
      if ('fieldOperation' in related)
        expect(findFieldOperation(related.fieldOperation)).toBeDefined();
      if ('structure' in related) expect(findStructure(related.structure)).toBeDefined();
    }
  });

  it('seeds the 2026 office holders of known offices, each dated and sourced', () => {
    expect(HEAD_OFFICES.map((o) => o.slug)).toEqual([
      'chairpersonship',
      'chairperson-in-office',
      'secretary-general',
      'president-of-parliamentary-assembly',
    ]);
    expectUnique(ALL_LEADERSHIP_OFFICES.map((o) => o.slug));
    for (const office of HEAD_OFFICES) expectComplete(office.title);
    const slugs = new Set(ALL_LEADERSHIP_OFFICES.map((o) => o.slug));
    expectUnique(OFFICE_HOLDER_SEEDS.map((h) => h.office));
    for (const holder of OFFICE_HOLDER_SEEDS) {
      expect(slugs.has(holder.office)).toBe(true);
      expect(new Date(`${holder.since}T00:00:00Z`).toISOString().slice(0, 10)).toBe(holder.since);
      expect(holder.sourceUrl).toMatch(/^https:\/\//);
    }
    const chair = OFFICE_HOLDER_SEEDS.find((h) => h.office === 'chairpersonship');
    expect(chair?.name).toBe('Switzerland');
    expect(chair?.localNames?.de).toBe('Schweiz');
  });
});
