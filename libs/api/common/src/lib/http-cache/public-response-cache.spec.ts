import { sortedQueryKey } from './public-response-cache';

describe('sortedQueryKey', () => {
  it('is one key for one question, whatever the order and encoding of its parameters', () => {
    const key = sortedQueryKey('/api/search?q=police%20training&lang=en');
    expect(key).toBe('GET /api/search?lang=en&q=police+training');
    expect(sortedQueryKey('/api/search?lang=en&q=police+training')).toBe(key);
    expect(sortedQueryKey('/api/search?q=police training&lang=en')).toBe(key);
  });

  it('keeps repeated parameters in their order, and apart from other questions', () => {
    expect(sortedQueryKey('/api/search?q=b&lang=en&q=a')).toBe('GET /api/search?lang=en&q=b&q=a');
    expect(sortedQueryKey('/api/search?q=a%2Bb')).not.toBe(sortedQueryKey('/api/search?q=a+b'));
    expect(sortedQueryKey('/api/search')).toBe('GET /api/search');
  });
});
