import { conceptIds, conceptsIn, eventsIn } from './concepts';

describe('conceptsIn', () => {
  it('finds a thesaurus concept in an inflected form', () => {
    expect(conceptIds('Колледж по вопросам управления границами', 'ru')).toContain(
      'border-management',
    );
    expect(conceptIds('un esperto di polizia', 'it')).toContain('police-experts');
  });

  it('finds the asked-for noun of the glossary in every language, with its position', () => {
    expect(conceptsIn('250 border police officers', 'en')).toContainEqual({
      id: 'glossary:officers',
      from: 3,
      to: 3,
    });
    expect(conceptIds('¿Cuántos agentes formó la Misión?', 'es')).toContain('glossary:officers');
    expect(conceptIds('in 18 Teilnehmerstaaten', 'de')).toContain('glossary:countries');
  });

  it('compares glossary words as written, so that an office is no officer', () => {
    expect(conceptIds('the Programme Office in Dushanbe', 'en')).not.toContain('glossary:officers');
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
