import { futureInstant } from './future-instant';

describe('futureInstant', () => {
  const now = new Date('2030-03-01T12:00').getTime();

  it('turns a later wall time into an ISO instant', () => {
    expect(futureInstant('2030-03-01T12:30', now)).toBe(new Date('2030-03-01T12:30').toISOString());
  });

  it.each([[''], [undefined], ['not a date'], ['2030-03-01T12:00'], ['2029-12-31T23:59']])(
    '%p gives null',
    (value) => {
      expect(futureInstant(value, now)).toBeNull();
    },
  );
});
