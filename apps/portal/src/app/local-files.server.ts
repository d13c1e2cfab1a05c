import { Injectable, REQUEST_CONTEXT, inject } from '@angular/core';
import {
  FetchBackend,
  HttpBackend,
  HttpHeaders,
  HttpResponse,
  type HttpEvent,
  type HttpRequest,
} from '@angular/common/http';
import { type Observable, of } from 'rxjs';
import type { RenderContext } from '../csp-nonce';

/**
 * The renderer's HTTP backend: files the server has on disk (the translations) are read
 * from there instead of fetched from this same host over the network, which costs a
 * loopback connection per render and fails when the host is saturated. It stands where
 * the network would, behind the transfer cache, so the page still carries what it read
 * and the browser does not fetch it again.
 */
@Injectable()
export class LocalFilesBackend implements HttpBackend {
  private readonly network = inject(FetchBackend);
  private readonly read = (inject(REQUEST_CONTEXT, { optional: true }) as RenderContext | null)
    ?.localFile;

  handle(req: HttpRequest<unknown>): Observable<HttpEvent<unknown>> {
    const text = req.method === 'GET' ? this.read?.(req.urlWithParams) : undefined;
    if (text === undefined) return this.network.handle(req);
    return of(
      new HttpResponse({
        body: req.responseType === 'json' ? JSON.parse(text) : text,
        status: 200,
        statusText: 'OK',
        url: req.urlWithParams,
        headers: new HttpHeaders({ 'Content-Type': 'application/json' }),
      }),
    );
  }
}
