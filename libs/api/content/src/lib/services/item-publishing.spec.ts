import { InvalidInputError } from '@portal/api/common';
import { buildTranslation } from './item-change';
import { pickLocales } from './item-publishing';

describe('pickLocales', () => {
  const en = buildTranslation('item-1', 'en', { title: 'Policing' });
  const italian = buildTranslation('item-1', 'it', { title: 'Polizia' });

  it('takes every translation when no locale is named, else each named one once', () => {
    expect(pickLocales([en, italian], undefined)).toEqual([en, italian]);
    expect(pickLocales([en, italian], ['it', 'it'])).toEqual([italian]);
  });

  it('refuses a locale the item has no translation in', () => {
    expect(() => pickLocales([en], ['fr'])).toThrow(InvalidInputError);
  });
});
