import { ContentItemEntity } from '../entities/content-item.entity';
import { toAdminItem } from './admin-item.mapper';
import { buildTranslation } from './item-change';

describe('toAdminItem', () => {
  const created = new Date('2025-01-01T00:00:00Z');
  const item = (kind: 'country' | 'programme', key: string) =>
    Object.assign(new ContentItemEntity(), {
      id: 'item-1',
      kind,
      key,
      sourceLocale: 'en',
      attributes: { category: 'police-development-reform' },
      version: 5,
      updatedBy: 'editor@example.org',
      createdAt: created,
      updatedAt: created,
    });

  it('marks a translation based on an older source revision outdated', () => {
    const en = buildTranslation('item-1', 'en', { title: 'Policing' });
    Object.assign(en, { changedRevision: 5, basedOnRevision: 5 });
    const italian = buildTranslation('item-1', 'it', { title: 'Polizia' });
    Object.assign(italian, { changedRevision: 2, basedOnRevision: 2 });
    const admin = toAdminItem(item('programme', 'moldova'), [italian, en]);
    expect(admin.translations.en).toMatchObject({ outdated: false, status: 'draft' });
    expect(admin.translations.it).toMatchObject({ outdated: true, scheduledRevision: null });
    expect(admin).toMatchObject({ category: 'police-development-reform', version: 5 });
  });

  it('gives a country its slug and no programme attributes', () => {
    const admin = toAdminItem(item('country', 'DE'), []);
    expect(admin.slug).not.toBe('DE');
    expect(admin).not.toHaveProperty('category');
    expect(admin.createdAt).toBe('2025-01-01T00:00:00.000Z');
  });
});
