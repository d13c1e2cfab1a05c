import { detectLanguage, guessLanguage } from './language-detector';

describe('detectLanguage', () => {
  it.each([
    ['Who coordinates the OSCE police-related activities?', 'en'],
    ['Where is ODIHR based?', 'en'],
    ['How many field operations run police programmes?', 'en'],
    ["Chi coordina le attività di polizia dell'OSCE?", 'it'],
    ['Dove ha sede il BIDDH?', 'it'],
    ['Quanti sono gli Stati partecipanti?', 'it'],
    ['Qui coordonne les activités de police de l’OSCE ?', 'fr'],
    ['Où se trouve le BIDDH ?', 'fr'],
    ['Que signifie SPMU ?', 'fr'],
    ['Wer koordiniert die polizeibezogenen Aktivitäten der OSZE?', 'de'],
    ['Wo hat das BDIMR seinen Sitz?', 'de'],
    ['Wie viele Teilnehmerstaaten hat die OSZE?', 'de'],
    ['¿Quién coordina las actividades policiales de la OSCE?', 'es'],
    ['¿Dónde está la OIDDH?', 'es'],
    ['¿Cuántos Estados participantes hay?', 'es'],
    ['Кто координирует деятельность ОБСЕ в области полицейской деятельности?', 'ru'],
    ['Где находится БДИПЧ?', 'ru'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('falls back when there is no evidence', () => {
    expect(detectLanguage('12345 ???', 'it')).toBe('it');
    expect(guessLanguage('').confidence).toBe(0);
  });

  it('recognizes a whole Italian paragraph', () => {
    const text =
      'L’OSCE mira a creare servizi di polizia democratici e proattivi, in grado di rispondere alle minacce transnazionali.';
    expect(detectLanguage(text)).toBe('it');
  });
});
