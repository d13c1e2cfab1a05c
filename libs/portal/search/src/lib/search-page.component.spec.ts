import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { SearchResponse } from '@portal/domain/content';
import { LocaleStore } from '@portal/portal/data-access';
import { SEARCH_ROUTES } from './search.routes';
import { pageWindow, searchApiUrl, searchedQuery, splitUrl } from './search-url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The strings the portal really ships, so the test also catches a missing translation.
const italian = JSON.parse(
  readFileSync(join(__dirname, '../../../../../apps/portal/public/i18n/it.json'), 'utf8'),
);

const RESPONSE: SearchResponse = {
  query: 'polizia di prossimità',
  lang: 'it',
  total: 12,
  tookMs: 4,
  page: 1,
  size: 10,
  hits: [
    {
      id: 'page:policing#p3',
      type: 'page',
      title: 'Ordine pubblico',
      snippet: 'la <mark>polizia</mark> di <mark>prossimità</mark> &lt;b&gt;',
      url: '/it/policing#p3',
      lang: 'it',
      score: 3.2,
    },
    {
      id: 'document:12#p1',
      type: 'document',
      documentId: '12',
      title: 'Good practices',
      snippet: '<mark>community policing</mark>',
      url: '/en/documents/12#p1',
      lang: 'en',
      score: 1.1,
    },
  ],
  facets: {
    type: [
      { value: 'page', count: 1 },
      { value: 'document', count: 11 },
    ],
    lang: [
      { value: 'it', count: 1 },
      { value: 'en', count: 11 },
    ],
    country: [{ value: 'MD', count: 1 }],
  },
  suggestion: 'polizia di prossimità',
};

describe('search page', () => {
  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'it/search', children: SEARCH_ROUTES }]),
        provideTranslateService(),
      ],
    });
    TestBed.inject(LocaleStore).set('it');
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('it', italian);
    translate.use('it');
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return { harness, http: TestBed.inject(HttpTestingController) };
  }

  it('shows hits with <mark> snippets, links to the passage, other-language notice, facets, pages', async () => {
    const { harness, http } = await open('/it/search?q=polizia%20di%20prossimit%C3%A0');
    const req = http.expectOne((r) => r.url.startsWith('/api/search?'));
    expect(req.request.url).toContain('lang=it');
    req.flush(RESPONSE);
    harness.detectChanges();
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('form[role=search] input[type=search]')).not.toBeNull();
    const hits = el.querySelectorAll('.hit');
    expect(hits).toHaveLength(2);
    expect(hits[0].querySelector('a')?.getAttribute('href')).toBe('/it/policing#p3');
    expect(hits[0].querySelectorAll('mark')).toHaveLength(2);
    expect(hits[0].querySelector('.snippet')?.textContent).toContain('<b>');
    expect(hits[0].querySelector('.other-lang')).toBeNull();
    expect(hits[1].getAttribute('lang')).toBe('en');
    expect(hits[1].querySelector('.other-lang')?.textContent).toContain('English');
    expect(el.querySelector('.suggestion')?.textContent?.trim()).toBe('polizia di prossimità');
    expect(el.querySelector('.facets')?.textContent).toContain('Documento');
    expect(el.querySelectorAll('.pagination a[aria-current=page]')).toHaveLength(1);
    http.verify();
  });

  it('names country facets in the visitor’s language, not by ISO code', async () => {
    const { harness, http } = await open('/it/search?q=polizia');
    http
      .expectOne(() => true)
      .flush({
        ...RESPONSE,
        facets: {
          ...RESPONSE.facets,
          country: [
            { value: 'MD', count: 1 },
            { value: 'DE', count: 2 },
          ],
        },
      });
    harness.detectChanges();
    const facets = (harness.routeNativeElement as HTMLElement).querySelector('.facets');
    expect(facets?.textContent).toContain('Moldavia');
    expect(facets?.textContent).toContain('Germania');
    expect(facets?.textContent).not.toMatch(/\bMD\b/);
  });

  it('searches the first 500 characters of a longer query and says so', async () => {
    const long = 'polizia '.repeat(100);
    const { harness, http } = await open(`/it/search?q=${encodeURIComponent(long)}`);
    const req = http.expectOne((r) => r.url.startsWith('/api/search?'));
    const sent = new URL(req.request.url, 'http://x').searchParams.get('q') ?? '';
    expect(sent.length).toBeLessThanOrEqual(500);
    expect(long.startsWith(sent)).toBe(true);
    req.flush(RESPONSE);
    harness.detectChanges();
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('[role=alert]')).toBeNull();
    expect(el.querySelector('.notice.cut')?.textContent).toContain('500');
    expect(el.querySelectorAll('.hit')).toHaveLength(2);
  });

  it('has an empty state', async () => {
    const { harness, http } = await open('/it/search?q=zzzz');
    http.expectOne(() => true).flush({ ...RESPONSE, total: 0, hits: [], suggestion: undefined });
    harness.detectChanges();
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('.empty h2')?.textContent).toBe('Nessun risultato');
  });
});

describe('search urls', () => {
  it('builds the API request and splits passage links', () => {
    expect(searchApiUrl('it', { q: ' a b ', page: 2, type: 'page' })).toBe(
      '/api/search?q=a+b&lang=it&page=2&size=10&type=page',
    );
    expect(searchApiUrl('it', { q: '  ', page: 1 })).toBeUndefined();
    // Whole characters: 499 letters and an emoji make 500, a 501st is dropped.
    expect(Array.from(searchedQuery(`${'a'.repeat(499)}😀b`))).toHaveLength(500);
    expect(splitUrl('/it/policing#p3')).toEqual({ path: '/it/policing', fragment: 'p3' });
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(10, 20)).toEqual([7, 8, 9, 10, 11, 12, 13]);
  });
});
