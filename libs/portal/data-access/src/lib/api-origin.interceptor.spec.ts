import { TestBed } from '@angular/core/testing';
import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import {
  API_ORIGIN,
  INTERNAL_REQUEST_HEADERS,
  apiOriginInterceptor,
} from './api-origin.interceptor';

function setup(origin: string | null, internal?: Record<string, string>) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([apiOriginInterceptor])),
      provideHttpClientTesting(),
      ...(origin ? [{ provide: API_ORIGIN, useValue: origin }] : []),
      ...(internal ? [{ provide: INTERNAL_REQUEST_HEADERS, useValue: internal }] : []),
    ],
  });
  return { http: TestBed.inject(HttpClient), ctrl: TestBed.inject(HttpTestingController) };
}

describe('apiOriginInterceptor', () => {
  it('makes relative URLs absolute when an origin is provided (server)', async () => {
    const { http, ctrl } = setup('http://127.0.0.1:3000/');
    const result = firstValueFrom(http.get('/api/navigation?lang=en'));
    ctrl.expectOne('http://127.0.0.1:3000/api/navigation?lang=en').flush([]);
    await expect(result).resolves.toEqual([]);
    ctrl.verify();
  });

  it('leaves URLs alone without an origin (browser) and absolute URLs always', async () => {
    const { http, ctrl } = setup(null);
    const relative = firstValueFrom(http.get('/api/health'));
    ctrl.expectOne('/api/health').flush({ status: 'ok' });
    await expect(relative).resolves.toEqual({ status: 'ok' });
    ctrl.verify();
  });

  it("sends the host's internal headers with the requests it sends to the origin only", async () => {
    const { http, ctrl } = setup('http://127.0.0.1:3000', { 'x-render-key': 'k1' });
    const own = firstValueFrom(http.get('/i18n/en.json'));
    const elsewhere = firstValueFrom(http.get('https://example.org/feed.json'));
    const ownRequest = ctrl.expectOne('http://127.0.0.1:3000/i18n/en.json');
    expect(ownRequest.request.headers.get('x-render-key')).toBe('k1');
    ownRequest.flush({});
    const other = ctrl.expectOne('https://example.org/feed.json');
    expect(other.request.headers.has('x-render-key')).toBe(false);
    other.flush({});
    await expect(Promise.all([own, elsewhere])).resolves.toEqual([{}, {}]);
    ctrl.verify();
  });
});
