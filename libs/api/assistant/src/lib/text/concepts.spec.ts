import { conceptIds, conceptsIn } from './concepts';

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
