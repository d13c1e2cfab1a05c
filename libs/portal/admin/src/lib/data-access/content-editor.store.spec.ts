import type { AdminItem, AdminTranslation } from '@portal/domain/content';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AdminApi } from './admin-api.service';
import {
  ContentEditorStore,
  type EditorTarget,
  changedLocales,
  localeState,
  slugify,
} from './content-editor.store';
import { adminTranslation } from './admin-translation.fixture';
import { CONTENT_SECTIONS } from './content-sections';

const pages = CONTENT_SECTIONS.pages;

/** The editor's translations are published ones, with a text, unless `over` says. */
function translation(over: Partial<AdminTranslation> = {}): AdminTranslation {
  return adminTranslation({
    summary: 'What the OSCE does',
    body: '# Policing',
    bodyHtml: '<h1>Policing</h1>',
    status: 'published',
    publishedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  });
}

function item(over: Partial<AdminItem> = {}): AdminItem {
  return {
    id: '7d3c0f0e-6a6b-4d1e-9d2c-1a2b3c4d5e6f',
    kind: 'page',
    key: 'policing',
    slug: 'policing',
    sourceLocale: 'it',
    version: 3,
    translations: {
      it: translation({ title: 'Attività di polizia' }),
      en: translation(),
    },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    updatedBy: 'editor@example.org',
    ...over,
  };
}

describe('editor dirty logic', () => {
  it('counts only locales whose text differs from what was loaded', () => {
    const loaded = item();
    expect(changedLocales({}, loaded)).toEqual([]);
    expect(changedLocales({ en: { ...translation(), title: 'Policing' } }, loaded)).toEqual([]);
    expect(changedLocales({ en: { ...translation(), body: '# New' } }, loaded)).toEqual(['en']);
  });

  it('does not count a missing locale that was opened but left empty', () => {
    expect(
      changedLocales({ fr: { title: '', summary: '', body: '', format: 'markdown' } }, item()),
    ).toEqual([]);
    expect(
      changedLocales(
        { fr: { title: 'Police', summary: '', body: '', format: 'markdown' } },
        item(),
      ),
    ).toEqual(['fr']);
  });

  it('shows outdated before the workflow state', () => {
    expect(localeState(undefined)).toBe('missing');
    expect(localeState(translation({ status: 'draft' }))).toBe('draft');
    expect(localeState(translation({ status: 'scheduled' }))).toBe('scheduled');
    expect(localeState(translation({ outdated: true }))).toBe('outdated');
  });

  it('makes slugs from titles', () => {
    expect(slugify('Chi coordina le attività di polizia?')).toBe(
      'chi-coordina-le-attivita-di-polizia',
    );
  });
});

describe('ContentEditorStore', () => {
  let store: ContentEditorStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), AdminApi, ContentEditorStore],
    });
    store = TestBed.inject(ContentEditorStore);
    backend = TestBed.inject(HttpTestingController);
  });

  /**
   * Every load and change reads the review steps again; these tests answer "none". A newer item
   * cancels the read for the one before.
   */
  afterEach(async () => {
    await settle();
    for (const req of backend.match((r) => r.url.endsWith('/reviews'))) {
      if (!req.cancelled) req.flush({ events: [], waiting: [] });
    }
    backend.verify();
  });

  /** Lets the resources send their requests, or take in the answers just flushed. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      TestBed.tick();
      for (let j = 0; j < 5; j++) await Promise.resolve();
    }
  }

  function follow(target: EditorTarget): void {
    store.follow(signal(target));
    TestBed.tick();
  }

  async function open(loaded = item()): Promise<void> {
    follow({ section: pages, ref: loaded.id });
    backend.expectOne(`/api/admin/pages/${loaded.id}`).flush(loaded);
    await settle();
  }

  it('is clean after loading and dirty after an edit, and clean again when the edit is undone', async () => {
    await open();
    expect(store.dirty()).toBe(false);
    store.setField('en', 'title', 'Policing in the OSCE');
    expect(store.dirty()).toBe(true);
    expect(store.dirtyLocales()).toEqual(['en']);
    store.setField('en', 'title', 'Policing');
    expect(store.dirty()).toBe(false);
  });

  it('saves only the changed locales with the version it started from', async () => {
    await open();
    store.setField('en', 'body', '# Policing\n\nNew words');
    const saving = store.save();
    const req = backend.expectOne(`/api/admin/pages/${item().id}`);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({
      version: 3,
      translations: {
        en: {
          title: 'Policing',
          summary: 'What the OSCE does',
          body: '# Policing\n\nNew words',
          format: 'markdown',
        },
      },
    });
    req.flush(
      item({
        version: 4,
        translations: {
          ...item().translations,
          en: translation({ body: '# Policing\n\nNew words' }),
        },
      }),
    );
    await expect(saving).resolves.toBe(true);
    expect(store.dirty()).toBe(false);
    expect(store.item()?.version).toBe(4);
    expect(store.done()).toBe('saved');
  });

  it('turns a 409 into a conflict, keeps the drafts, and reload discards them', async () => {
    await open();
    store.setField('en', 'title', 'Mine');
    const saving = store.save();
    backend.expectOne(`/api/admin/pages/${item().id}`).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Someone saved',
        details: [],
        currentVersion: 5,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(saving).resolves.toBe(false);
    expect(store.conflict()).toEqual({ currentVersion: 5 });
    expect(store.error()).toBeNull();
    expect(store.dirty()).toBe(true);
    expect(store.draft('en').title).toBe('Mine');

    store.reload();
    TestBed.tick();
    expect(store.loading()).toBe(true);
    backend
      .expectOne(`/api/admin/pages/${item().id}`)
      .flush(item({ version: 5, translations: { en: translation({ title: 'Theirs' }) } }));
    await settle();
    expect(store.conflict()).toBeNull();
    expect(store.dirty()).toBe(false);
    expect(store.draft('en').title).toBe('Theirs');
    expect(store.item()?.version).toBe(5);
  });

  it('follows the route to another item, whose edits start afresh, and shows a failed load', async () => {
    const target = signal<EditorTarget>({ section: pages, ref: item().id });
    store.follow(target);
    TestBed.tick();
    backend.expectOne(`/api/admin/pages/${item().id}`).flush(item());
    await settle();
    store.setField('en', 'title', 'Mine');

    target.set({ section: pages, ref: 'other' });
    TestBed.tick();
    expect(store.loading()).toBe(true);
    backend.expectOne('/api/admin/pages/other').flush(item({ id: 'other', key: 'other' }));
    await settle();
    expect(store.item()?.id).toBe('other');
    expect(store.dirty()).toBe(false);
    expect(store.slug()).toBe('other');

    target.set({ section: pages, ref: 'gone' });
    TestBed.tick();
    backend
      .expectOne('/api/admin/pages/gone')
      .flush({ message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(store.error()?.key).toBe('admin.errors.notFound');
    expect(store.loading()).toBe(false);
  });

  it('treats a 409 without a version (a taken slug) as an error, not a conflict', async () => {
    await open();
    store.setSlug('taken');
    const saving = store.save();
    const req = backend.expectOne(`/api/admin/pages/${item().id}`);
    expect(req.request.body).toEqual({ version: 3, slug: 'taken' });
    req.flush(
      { statusCode: 409, error: 'Conflict', message: 'Page taken already exists', details: [] },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(saving).resolves.toBe(false);
    expect(store.conflict()).toBeNull();
    expect(store.error()).toMatchObject({ status: 409, message: 'Page taken already exists' });
  });

  it('creates a new page from a prefilled question with its language as source', async () => {
    follow({ section: pages, prefill: { title: 'Who trains border police?', lang: 'en' } });
    expect(store.isNew()).toBe(true);
    expect(store.dirty()).toBe(true);
    expect(store.slug()).toBe('who-trains-border-police');
    const saving = store.save();
    const req = backend.expectOne('/api/admin/pages');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      slug: 'who-trains-border-police',
      sourceLocale: 'en',
      translations: {
        en: { title: 'Who trains border police?', summary: '', body: '', format: 'markdown' },
      },
    });
    req.flush(item({ id: 'new-id', key: 'who-trains-border-police', version: 1 }));
    await expect(saving).resolves.toBe(true);
    expect(store.isNew()).toBe(false);
    expect(store.done()).toBe('created');
  });

  it('creates with the source language chosen, not the tab open when saving', async () => {
    follow({ section: pages });
    store.setSlug('public-order');
    store.setSourceLocale('en');
    store.setField('en', 'title', 'Public order');
    store.setField('it', 'title', 'Ordine pubblico');
    // The editor is on the Italian tab now; nothing tells the store, and nothing should.
    const saving = store.save();
    const req = backend.expectOne('/api/admin/pages');
    expect(req.request.body).toMatchObject({ sourceLocale: 'en' });
    req.flush(item({ id: 'new-id', key: 'public-order', sourceLocale: 'en', version: 1 }));
    await saving;
    expect(store.sourceLocale()).toBe('en');
  });

  it('keeps the source language on save and sends it only when it was changed', async () => {
    await open();
    expect(store.sourceLocale()).toBe('it');
    store.setField('en', 'body', '# Policing, edited');
    const saving = store.save();
    const req = backend.expectOne(`/api/admin/pages/${item().id}`);
    expect(req.request.body).not.toHaveProperty('sourceLocale');
    req.flush(item({ version: 4 }));
    await saving;

    store.setSourceLocale('en');
    expect(store.dirty()).toBe(true);
    const switching = store.save();
    const change = backend.expectOne(`/api/admin/pages/${item().id}`);
    expect(change.request.body).toEqual({ version: 4, sourceLocale: 'en' });
    change.flush(item({ version: 5, sourceLocale: 'en' }));
    await expect(switching).resolves.toBe(true);
    expect(store.sourceLocale()).toBe('en');
    expect(store.dirty()).toBe(false);
  });

  it('publishes one locale and schedules another', async () => {
    await open();
    const publishing = store.publish(['en']);
    const req = backend.expectOne(`/api/admin/pages/${item().id}/publish`);
    expect(req.request.body).toEqual({ version: 3, locales: ['en'] });
    req.flush(item());
    await expect(publishing).resolves.toBe(true);

    const scheduling = store.publish(['it'], '2030-01-01T08:00:00.000Z');
    const scheduled = backend.expectOne(`/api/admin/pages/${item().id}/publish`);
    expect(scheduled.request.body).toEqual({
      version: 3,
      locales: ['it'],
      publishAt: '2030-01-01T08:00:00.000Z',
    });
    scheduled.flush(item());
    await scheduling;
    expect(store.done()).toBe('scheduled');
  });

  it('unpublishes the version on screen, and shows a 409 as a conflict', async () => {
    await open();
    const unpublishing = store.unpublish(['en']);
    const req = backend.expectOne(`/api/admin/pages/${item().id}/unpublish`);
    expect(req.request.body).toEqual({ version: 3, locales: ['en'] });
    req.flush(
      { statusCode: 409, message: 'Someone saved', currentVersion: 4, details: [] },
      { status: 409, statusText: 'Conflict' },
    );
    await expect(unpublishing).resolves.toBe(false);
    expect(store.conflict()).toEqual({ currentVersion: 4 });
  });
  it('reads the review steps of the item and submits a language with its comment', async () => {
    await open();
    backend.expectOne(`/api/admin/pages/${item().id}/reviews`).flush({
      events: [
        {
          id: 2,
          locale: 'en',
          action: 'reject',
          comment: 'Name the mission',
          version: 3,
          actorEmail: 'editor@example.org',
          createdAt: '2026-01-03T00:00:00.000Z',
        },
      ],
      waiting: [],
    });
    await settle();
    expect(store.latestReview('en')?.comment).toBe('Name the mission');
    expect(store.waitsForReview('en')).toBe(false);

    const submitting = store.review('en', 'submit', 'Fixed');
    const req = backend.expectOne(`/api/admin/pages/${item().id}/translations/en/submit`);
    expect(req.request.body).toEqual({ version: 3, comment: 'Fixed' });
    req.flush(item());
    await expect(submitting).resolves.toBe(true);
    expect(store.done()).toBe('submitted');
    await settle();
    backend
      .expectOne(`/api/admin/pages/${item().id}/reviews`)
      .flush({ events: [], waiting: ['en'] });
    await settle();
    expect(store.waitsForReview('en')).toBe(true);
    expect(store.state('en')).toBe('review');
    expect(store.state('it')).toBe('published');
  });
});
