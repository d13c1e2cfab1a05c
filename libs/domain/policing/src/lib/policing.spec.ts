import { LOCALES } from '@portal/domain/locales';
import { FIELDS_OF_WORK } from './fields-of-work';
import {
  POLICE_ACTIVITIES,
  PROGRAMME_CATEGORIES,
  PROGRAMME_CATEGORY_INFO,
  isProgrammeCategory,
} from './programmes';
import { CONCEPT_SOURCES } from './thesaurus-data';
import {
  THESAURUS,
  conceptsForTerm,
  expandTerm,
  expandTermByLocale,
  findConcepts,
  normalizeTerm,
} from './thesaurus';

describe('fields of work and programmes', () => {
  it('puts policing first and names every field of work in six languages', () => {
    expect(FIELDS_OF_WORK[0].slug).toBe('policing');
    expect(new Set(FIELDS_OF_WORK.map((f) => f.slug)).size).toBe(FIELDS_OF_WORK.length);
    for (const field of FIELDS_OF_WORK) {
      for (const locale of LOCALES) expect(field.name[locale].length).toBeGreaterThan(2);
    }
  });

  it('has the two programme categories with labels in six languages', () => {
    expect(PROGRAMME_CATEGORIES).toEqual(['police-development-reform', 'transnational-threats']);
    for (const category of PROGRAMME_CATEGORIES) {
      const info = PROGRAMME_CATEGORY_INFO[category];
      expect(info.slug).toBe(category);
      for (const locale of LOCALES) {
        expect(info.label[locale].length).toBeGreaterThan(5);
        expect(info.description[locale].length).toBeGreaterThan(20);
      }
    }
    expect(isProgrammeCategory('transnational-threats')).toBe(true);
    expect(isProgrammeCategory('traffic')).toBe(false);
  });

  it('lists the 15 police-development activities of the seed page', () => {
    expect(POLICE_ACTIVITIES).toHaveLength(15);
    expect(new Set(POLICE_ACTIVITIES.map((a) => a.slug)).size).toBe(15);
    for (const activity of POLICE_ACTIVITIES) {
      for (const locale of LOCALES) expect(activity.label[locale].length).toBeGreaterThan(10);
    }
    expect(POLICE_ACTIVITIES.find((a) => a.slug === 'combating-domestic-violence')?.label.it).toBe(
      'Lotta alla violenza domestica',
    );
  });
});

describe('thesaurus', () => {
  it('has at least 100 field-of-work concepts, each with terms in all six languages', () => {
    expect(CONCEPT_SOURCES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(THESAURUS.map((c) => c.id)).size).toBe(THESAURUS.length);
    for (const concept of THESAURUS) {
      for (const locale of LOCALES) {
        expect(concept.terms[locale].length).toBeGreaterThan(0);
        for (const term of concept.terms[locale]) expect(term.trim()).toBe(term);
        for (const term of concept.terms[locale]) expect(term.length).toBeGreaterThan(1);
      }
    }
  });

  it('normalizes case, accents, apostrophes and hyphens', () => {
    expect(normalizeTerm('Polizia di PROSSIMITÀ')).toBe('polizia di prossimita');
    expect(normalizeTerm('Police-public  partnership')).toBe('police public partnership');
    expect(normalizeTerm('dell’uomo')).toBe(normalizeTerm("dell'uomo"));
    expect(normalizeTerm('Защита свидетелей')).toBe('защита свидетелеи');
  });

  it('expands an Italian term into the other languages', () => {
    const terms = expandTerm('polizia di prossimità');
    expect(terms).toEqual(
      expect.arrayContaining([
        'community policing',
        'police de proximité',
        'bürgernahe Polizeiarbeit',
        'полиция, ориентированная на работу с населением',
        'policía comunitaria',
        'policía de proximidad',
      ]),
    );
    expect(terms).not.toContain('polizia di prossimità');
    expect(expandTerm('POLIZIA DI PROSSIMITA', 'it')).toContain('community policing');
    expect(expandTerm('polizia di prossimità', 'en')).toEqual([]);
    expect(expandTerm('no such thing')).toEqual([]);
  });

  it('expands acronyms of the OSCE institutions across languages', () => {
    expect(expandTerm('BIDDH')).toEqual(expect.arrayContaining(['ODIHR', 'БДИПЧ', 'OIDDH']));
    expect(expandTerm('SPMU')).toContain('Strategic Police Matters Unit');
    expect(expandTermByLocale('торговля людьми').en).toContain('trafficking in human beings');
    expect(conceptsForTerm('Menschenhandel', 'de').map((c) => c.id)).toContain(
      'trafficking-in-human-beings',
    );
  });

  it('knows the everyday names of women police officers and police advisers', () => {
    const ids = (text: string, locale: Parameters<typeof findConcepts>[1]) =>
      findConcepts(text, locale).map((m) => m.concept.id);
    expect(ids('la Rete delle donne poliziotto dell’Europa sudorientale', 'it')).toContain(
      'women-in-policing',
    );
    expect(ids('agenti donne e poliziotte', 'it')).toEqual(['women-in-policing']);
    expect(ids('Quanti consiglieri di polizia ha dispiegato?', 'it')).toContain('police-experts');
    expect(ids('a network of policewomen', 'en')).toContain('women-in-policing');
    expect(ids('Polizeibeamtinnen', 'de')).toContain('women-in-policing');
    expect(ids('сотрудницы полиции', 'ru')).toContain('women-in-policing');
    expect(expandTermByLocale('consiglieri di polizia').fr).toContain('conseillers de police');
    expect(expandTermByLocale('donne poliziotto').es).toContain('mujeres policías');
  });

  it('finds concepts in running text, longest match first', () => {
    const text =
      'L’OSCE sostiene la polizia di prossimità e la lotta al riciclaggio di denaro e alla tratta di esseri umani (ODIHR).';
    const ids = findConcepts(text).map((m) => m.concept.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'osce',
        'community-policing',
        'money-laundering',
        'trafficking-in-human-beings',
        'institution:odihr',
      ]),
    );
    expect(ids).not.toContain('police');
    expect(findConcepts('Cybercrime and border management', 'en').map((m) => m.term)).toEqual([
      'cybercrime',
      'border management',
    ]);
  });
});
