import { acceptsGzip, matchesIfNoneMatch } from './send-cached';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['deflate, *;q=0.5', true],
    [undefined, false],
    ['', false],
    ['identity', false],
    ['br', false],
    ['gzip;q=0', false],
    ['gzip;q=0.5, identity', false],
    ['gzip, identity;q=0.5', true],
    ['*;q=0, identity', false],
  ])('%p -> %p', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('matchesIfNoneMatch', () => {
  it('compares weakly and takes lists and *', () => {
    expect(matchesIfNoneMatch('W/"a", "b"', '"a"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"a"')).toBe(true);
    expect(matchesIfNoneMatch('"b"', '"a"')).toBe(false);
    expect(matchesIfNoneMatch(undefined, '"a"')).toBe(false);
  });
});
