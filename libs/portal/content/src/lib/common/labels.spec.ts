import { activityLabel } from './labels';

describe('activityLabel', () => {
  const t = (key: string) =>
    key === 'content.activities.cybercrime' ? 'Criminalità informatica' : key;

  it('translates known slugs, humanizes unknown ones, keeps text as is', () => {
    expect(activityLabel('cybercrime', t)).toBe('Criminalità informatica');
    expect(activityLabel('community-policing', t)).toBe('Community policing');
    expect(activityLabel('Border management', t)).toBe('Border management');
  });
});
