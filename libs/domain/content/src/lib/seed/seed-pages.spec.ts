import { ACTIVE_FIELD_OPERATIONS, INSTITUTIONS } from '@portal/domain/institutions';
import { LOCALES } from '@portal/domain/locales';
import { PROGRAMME_CATEGORIES } from '@portal/domain/policing';
import type { ProgrammeCategory } from '../payloads';
import { FIELD_OPERATION_DESCRIPTIONS } from './field-operation-descriptions';
import { INSTITUTION_DESCRIPTIONS } from './institution-descriptions';
import { SEED_PAGES } from './seed-pages';

function shape(markdown: string): { paragraphs: number; bullets: number } {
  const lines = markdown.split('\n');
  return {
    paragraphs: lines.filter((l) => l.trim() !== '' && !l.startsWith('- ')).length,
    bullets: lines.filter((l) => l.startsWith('- ')).length,
  };
}

describe('seed pages', () => {
  it('has the policing and about pages in all six languages', () => {
    expect(SEED_PAGES.map((p) => p.slug)).toEqual(['policing', 'about']);
    for (const page of SEED_PAGES) {
      for (const locale of LOCALES) {
        const t = page.translations[locale];
        expect(t.title.length).toBeGreaterThan(3);
        expect(t.summary.length).toBeGreaterThan(20);
        expect(t.body.length).toBeGreaterThan(200);
      }
    }
  });

  it('keeps the Italian seed text and gives every translation its structure', () => {
    const policing = SEED_PAGES[0].translations;
    expect(policing.it.title).toBe('Ordine pubblico');
    expect(policing.en.title).toBe('Policing');
    expect(policing.it.summary).toBe(
      'L’OSCE mira a creare servizi di polizia democratici e proattivi, in grado di rispondere alle minacce transnazionali.',
    );
    expect(policing.it.body).toContain('SPMU');
    expect(policing.it.body).toContain('- lotta alla violenza domestica;');
    expect(shape(policing.it.body)).toEqual({ paragraphs: 4, bullets: 17 });
    for (const locale of LOCALES) {
      expect(shape(policing[locale].body)).toEqual(shape(policing.it.body));
      expect(policing[locale].body).toContain('SPMU');
    }
  });

  it('describes every institution and active field operation in six languages', () => {
    for (const { slug } of INSTITUTIONS) {
      for (const locale of LOCALES) {
        expect(INSTITUTION_DESCRIPTIONS[slug][locale].length).toBeGreaterThan(80);
      }
    }
    for (const { slug } of ACTIVE_FIELD_OPERATIONS) {
      for (const locale of LOCALES) {
        expect(FIELD_OPERATION_DESCRIPTIONS[slug][locale].length).toBeGreaterThan(80);
      }
    }
  });

  it('shares its programme categories with the policing domain', () => {
    const categories: readonly ProgrammeCategory[] = PROGRAMME_CATEGORIES;
    expect(categories).toHaveLength(2);
  });
});
