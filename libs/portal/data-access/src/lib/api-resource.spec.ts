import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { apiResource } from './api-resource';

describe('apiResource', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }),
  );

  it('requests at creation, not in a later effect, and refetches when the URL changes', () => {
    const ctrl = TestBed.inject(HttpTestingController);
    const url = signal('/api/pages/about?lang=en');
    const page = TestBed.runInInjectionContext(() => apiResource<{ title: string }>(() => url()));
    // The request exists before any change detection ran.
    const first = ctrl.expectOne('/api/pages/about?lang=en');
    expect(page.isLoading()).toBe(true);
    first.flush({ title: 'About' });
    expect(page.hasValue()).toBe(true);
    expect(page.value()?.title).toBe('About');

    url.set('/api/pages/about?lang=fr');
    TestBed.tick();
    ctrl.expectOne('/api/pages/about?lang=fr').flush({ title: 'À propos' });
    expect(page.value()?.title).toBe('À propos');
    ctrl.verify();
  });

  it('reports errors and keeps the default value', () => {
    const ctrl = TestBed.inject(HttpTestingController);
    const list = TestBed.runInInjectionContext(() =>
      apiResource(() => '/api/countries', { defaultValue: [] as string[] }),
    );
    ctrl.expectOne('/api/countries').flush('nope', { status: 500, statusText: 'Server Error' });
    expect(list.error()).toBeTruthy();
    expect(list.value()).toEqual([]);
    expect(list.reload()).toBe(true);
    ctrl.expectOne('/api/countries').flush(['at']);
    expect(list.value()).toEqual(['at']);
  });
});
