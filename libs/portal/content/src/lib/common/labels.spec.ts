import { activityLabel } from './labels';

describe('activityLabel', () => {
  it('labels known activities in the locale, humanizes unknown slugs, keeps text', () => {
    expect(activityLabel('combating-domestic-violence', 'it')).toBe(
      'Lotta alla violenza domestica',
    );
    expect(activityLabel('some-new-thing', 'en')).toBe('Some new thing');
    expect(activityLabel('Border management', 'fr')).toBe('Border management');
  });
});
