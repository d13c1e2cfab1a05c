import { InvalidInputError } from '../errors/domain-error';
import { findMalformedText, WellFormedTextPipe } from './well-formed-text.pipe';

const LONE_HIGH = '\uD800';
const LONE_LOW = '\uDC00';

describe('WellFormedTextPipe', () => {
  const pipe = new WellFormedTextPipe();

  it.each([
    ['a path parameter', 'x\0y', { type: 'param' as const, data: 'slug' }, 'slug'],
    ['a whole query', { q: `a${LONE_HIGH}` }, { type: 'query' as const }, 'q'],
    [
      'a nested body field',
      { translations: { it: { title: `b${LONE_LOW}c` } } },
      { type: 'body' as const },
      'translations.it.title',
    ],
    [
      'an array item',
      { history: [{ content: 'ok' }, { content: '\0' }] },
      { type: 'body' as const },
      'history.1.content',
    ],
    ['an object key', { ['bad\0key']: 1 }, { type: 'body' as const }, 'bad\0key'],
    ['a bare body string', 'raw\0', { type: 'body' as const }, 'body'],
  ])('rejects %s with a 400 naming the field', (_what, value, metadata, path) => {
    let error: unknown;
    try {
      pipe.transform(value, metadata);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details).toEqual([
      { path, message: 'must not contain NUL characters or unpaired UTF-16 surrogates' },
    ]);
  });

  it('passes well-formed text through, surrogate pairs (emoji) and uploaded bytes included', () => {
    const body = { title: 'Polizia 👮 Ünïcødé — ок', file: Buffer.from([0, 0xd8, 0]), n: 3 };
    expect(pipe.transform(body, { type: 'body' })).toBe(body);
    expect(pipe.transform({ ip: '\0' }, { type: 'custom' })).toEqual({ ip: '\0' });
  });

  it('finds nothing in values that hold no text', () => {
    expect(findMalformedText(null, '')).toBeUndefined();
    expect(findMalformedText(42, '')).toBeUndefined();
    expect(findMalformedText(new Date(), '')).toBeUndefined();
  });
});
