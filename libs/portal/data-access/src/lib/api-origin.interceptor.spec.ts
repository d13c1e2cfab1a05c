import { TestBed } from '@angular/core/testing';
import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { API_ORIGIN, apiOriginInterceptor } from './api-origin.interceptor';

function setup(origin: string | null) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([apiOriginInterceptor])),
      provideHttpClientTesting(),
      ...(origin ? [{ provide: API_ORIGIN, useValue: origin }] : []),
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
});
