import { REQUEST_CONTEXT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  FetchBackend,
  HttpBackend,
  HttpClient,
  HttpResponse,
  provideHttpClient,
} from '@angular/common/http';
import { firstValueFrom, of } from 'rxjs';
import { LocalFilesBackend } from './local-files.server';

describe('LocalFilesBackend', () => {
  it('answers files the server has from memory and sends everything else to the network', async () => {
    const network: string[] = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        {
          provide: REQUEST_CONTEXT,
          useValue: {
            localFile: (url: string) =>
              url === 'http://127.0.0.1:9/i18n/sv.json' ? '{"greeting":"Hej"}' : undefined,
          },
        },
        {
          provide: FetchBackend,
          useValue: {
            handle: (req: { urlWithParams: string }) => {
              network.push(req.urlWithParams);
              return of(new HttpResponse({ body: { from: 'network' }, status: 200 }));
            },
          },
        },
        { provide: HttpBackend, useClass: LocalFilesBackend },
      ],
    });
    const http = TestBed.inject(HttpClient);
    await expect(firstValueFrom(http.get('http://127.0.0.1:9/i18n/sv.json'))).resolves.toEqual({
      greeting: 'Hej',
    });
    await expect(firstValueFrom(http.get('http://127.0.0.1:9/api/pages/x'))).resolves.toEqual({
      from: 'network',
    });
    expect(network).toEqual(['http://127.0.0.1:9/api/pages/x']);
  });
});
