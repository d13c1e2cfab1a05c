import { InvalidInputError } from '@portal/api/common';
import { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentTranslationEntity } from '../entities/content-translation.entity';
import { buildTranslation, workOutChange } from './item-change';

function page(): ContentItemEntity {
  return Object.assign(new ContentItemEntity(), {
    id: 'item-1',
    kind: 'page',
    key: 'policing',
    sourceLocale: 'en',
    attributes: {},
    version: 3,
  });
}

/** A translation saved at `revision` (based on the source's `basedOn`). */
function saved(locale: 'en' | 'it', title: string, revision: number, basedOn = revision) {
  const t = buildTranslation('item-1', locale, { title, body: `${title} body` });
  t.changedRevision = revision;
  t.basedOnRevision = basedOn;
  return t;
}

describe('workOutChange', () => {
  const at = { newVersion: 4, replaceAttributes: false };

  it('touches nothing when the text sent is the text there', () => {
    const before = [saved('en', 'Policing', 3), saved('it', 'Polizia', 2)];
    const change = workOutChange(
      page(),
      before,
      { translations: { it: { title: 'Polizia', body: 'Polizia body' } } },
      at,
    );
    expect(change.touched.size).toBe(0);
    expect(change.removed).toEqual([]);
    expect(change.after).toHaveLength(2);
  });

  it('bases a translation saved with the source on the source’s new revision', () => {
    const before = [saved('en', 'Policing', 2), saved('it', 'Polizia', 2)];
    const change = workOutChange(
      page(),
      before,
      {
        translations: {
          it: { title: 'Polizia democratica' },
          en: { title: 'Democratic policing' },
        },
      },
      at,
    );
    const byLocale = new Map<string, ContentTranslationEntity>(
      change.after.map((t) => [t.locale, t]),
    );
    expect(byLocale.get('en')).toMatchObject({ changedRevision: 4, basedOnRevision: 4 });
    expect(byLocale.get('it')).toMatchObject({ changedRevision: 4, basedOnRevision: 4 });
    expect(change.touched.size).toBe(2);
  });

  it('removes translations, but not one that is changed too, nor the last of a page', () => {
    const before = [saved('en', 'Policing', 3), saved('it', 'Polizia', 3)];
    expect(workOutChange(page(), before, { removeTranslations: ['it'] }, at).removed).toEqual([
      'it',
    ]);
    const both = () =>
      workOutChange(
        page(),
        before,
        { removeTranslations: ['it'], translations: { it: { title: 'x' } } },
        at,
      );
    expect(both).toThrow(InvalidInputError);
    const last = () =>
      workOutChange(page(), [saved('en', 'Policing', 3)], { removeTranslations: ['en'] }, at);
    expect(last).toThrow('an item needs at least one translation');
  });

  it('refuses a source locale the item has no translation in', () => {
    const before = [saved('en', 'Policing', 3)];
    expect(() => workOutChange(page(), before, { sourceLocale: 'it' }, at)).toThrow(
      'there is no it translation',
    );
  });
});

describe('buildTranslation', () => {
  it('makes a draft with a plain title and the body rendered', () => {
    const t = buildTranslation('item-1', 'en', { title: '<b>Safe</b> title', body: '# Hi' });
    expect(t).toMatchObject({ title: 'Safe title', status: 'draft', bodyFormat: 'markdown' });
    expect(t.bodyHtml).toContain('Hi');
  });

  it('refuses an empty title, naming the locale', () => {
    expect(() => buildTranslation('item-1', 'it', { title: '<p></p>' })).toThrow(InvalidInputError);
  });
});
