/**
 * @jest-environment node
 */
import { prefixlessTarget } from './prefixless-redirect';

describe('prefixlessTarget', () => {
  it('puts a public path under the visitor’s language, keeping the query', () => {
    expect(prefixlessTarget('/policing', 'de-AT,de;q=0.9,en;q=0.5')).toBe('/de/policing');
    expect(prefixlessTarget('/countries?group=asian-partner', 'fr')).toBe(
      '/fr/countries?group=asian-partner',
    );
    expect(prefixlessTarget('/programmes/x', undefined)).toBe('/en/programmes/x');
    expect(prefixlessTarget('/about/chair', 'xx, ru;q=0.3')).toBe('/ru/about/chair');
  });

  it('leaves localized, admin, API and unknown paths alone', () => {
    for (const url of ['/', '/en/policing', '/admin', '/api/health', '/xx/', '/nowhere']) {
      expect(prefixlessTarget(url, 'de')).toBeUndefined();
    }
  });
});
