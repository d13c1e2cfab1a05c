import { areCognates, cognateForm, cognateKey } from './cognates';

describe('cognates', () => {
  it('merges the ways the six languages spell one sound', () => {
    expect(cognateKey('Kommission')).toBe(cognateKey('commission'));
    expect(cognateKey('Polizei').startsWith(cognateKey('police'))).toBe(true);
    expect(cognateKey('philosophy').startsWith('filosof')).toBe(true);
    expect(cognateKey('инспектор')).toBe(cognateKey('inspector'));
  });

  it.each([
    ['inspectors', 'en', 'Inspektoren', 'de'],
    ['Croats', 'en', 'Kroaten', 'de'],
    ['Bosnians', 'en', 'bosniaci', 'it'],
    ['technical', 'en', 'tecnico', 'it'],
    ['organization', 'en', 'Organisation', 'fr'],
    ['министерство', 'ru', 'ministry', 'en'],
    ['recommendations', 'en', 'raccomandazioni', 'it'],
    ['accommodation', 'en', 'Akkommodation', 'de'],
    ['tragic', 'en', 'tragischen', 'de'],
    ['tragic', 'en', 'трагических', 'ru'],
    ['toxischer', 'de', 'toxique', 'fr'],
    ['токсический', 'ru', 'toxisch', 'de'],
  ] as const)('meets %s (%s) in %s (%s)', (a, la, b, lb) => {
    expect(areCognates(cognateForm(a, la), cognateForm(b, lb))).toBe(true);
  });

  it.each([
    ['programme', 'en', 'progress', 'en'],
    ['parts', 'en', 'Partner', 'de'],
    ['police', 'en', 'politics', 'en'],
    ['security', 'en', 'secretary', 'en'],
    ['Serbs', 'en', 'servants', 'en'],
    ['transportation', 'en', 'transnational', 'en'],
    ['conference', 'en', 'confirmed', 'en'],
    ['protection', 'en', 'production', 'en'],
    ['Tisch', 'de', 'tickets', 'en'],
    ['Fisch', 'de', 'fiction', 'en'],
  ] as const)('keeps %s (%s) and %s (%s) apart', (a, la, b, lb) => {
    expect(areCognates(cognateForm(a, la), cognateForm(b, lb))).toBe(false);
  });
});
