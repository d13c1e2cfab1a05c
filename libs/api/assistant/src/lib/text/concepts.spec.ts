import { conceptIds, eventsIn } from './concepts';

describe('conceptsIn', () => {
  it('finds a thesaurus concept in an inflected form', () => {
    expect(conceptIds('Колледж по вопросам управления границами', 'ru')).toContain(
      'border-management',
    );
    expect(conceptIds('un esperto di polizia', 'it')).toContain('police-experts');
  });
});

describe('eventsIn', () => {
  it('tells a beginning, a renaming and an end apart in six languages', () => {
    expect([...eventsIn('Колледж был открыт в 2009 году', 'ru')]).toEqual(['start']);
    expect([...eventsIn('apoyó en 2010 la creación de la Red', 'es')]).toEqual(['start']);
    expect([...eventsIn('Wann wurde das Netzwerk aufgelöst?', 'de')]).toEqual(['end']);
    expect([...eventsIn("L'Initiative a pris fin en 2015", 'fr')]).toEqual(['end']);
    expect([...eventsIn('When was it renamed?', 'en')]).toEqual(['rename']);
    expect([...eventsIn('Das Projekt startete 2019', 'de')]).toEqual(['start']);
    expect(eventsIn('It observes elections', 'en').size).toBe(0);
  });
});
