import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import type { TokenResponse } from './admin.types';
import { adminAuthInterceptor } from './auth.interceptor';
import { IDLE_LIMIT_MS, SESSION_STORAGE, SessionStore } from './session.store';

function tokens(n: number): TokenResponse {
  return {
    accessToken: `access-${n}`,
    refreshToken: `refresh-${n}`,
    expiresIn: 900,
    user: { id: 'u1', email: 'editor@example.org', role: 'editor' },
  };
}

describe('SessionStore and adminAuthInterceptor', () => {
  let storage: Storage;
  let http: HttpClient;
  let backend: HttpTestingController;

  function setup(): SessionStore {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([adminAuthInterceptor])),
        provideHttpClientTesting(),
        { provide: SESSION_STORAGE, useValue: storage },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    return TestBed.inject(SessionStore);
  }

  async function login(session: SessionStore): Promise<void> {
    const done = firstValueFrom(session.login('editor@example.org', 'secret'));
    const req = backend.expectOne('/api/auth/login');
    expect(req.request.headers.has('Authorization')).toBe(false);
    expect(req.request.body).toEqual({ email: 'editor@example.org', password: 'secret' });
    req.flush(tokens(1));
    await done;
  }

  beforeEach(() => {
    storage = window.sessionStorage;
    storage.clear();
  });

  afterEach(() => {
    backend?.verify();
    jest.useRealTimers();
  });

  it('logs in, keeps the session in storage and restores it after a reload', async () => {
    const session = setup();
    await login(session);
    expect(session.user()?.email).toBe('editor@example.org');
    expect(session.can('users')).toBe(false);
    expect(session.can('content.publish')).toBe(true);
    expect(JSON.parse(storage.getItem('pt.admin.session') ?? '{}').refreshToken).toBe('refresh-1');

    TestBed.resetTestingModule();
    const reloaded = setup();
    expect(reloaded.signedIn()).toBe(true);
    expect(reloaded.accessToken()).toBe('access-1');
  });

  it('adds the bearer token to API calls, not to other URLs', async () => {
    const session = setup();
    await login(session);
    const api = firstValueFrom(http.get('/api/admin/pages'));
    backend.expectOne('/api/admin/pages').flush({ items: [] });
    await api;
    const other = firstValueFrom(http.get('/i18n/en.json'));
    const req = backend.expectOne('/i18n/en.json');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush({});
    await other;
  });

  it('sends the bearer token', async () => {
    const session = setup();
    await login(session);
    const call = firstValueFrom(http.get('/api/auth/me'));
    const req = backend.expectOne('/api/auth/me');
    expect(req.request.headers.get('Authorization')).toBe('Bearer access-1');
    req.flush({ email: 'editor@example.org' });
    await call;
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const session = setup();
    await login(session);
    const call = firstValueFrom(http.get<{ ok: boolean }>('/api/admin/pages'));
    backend
      .expectOne('/api/admin/pages')
      .flush({ message: 'expired' }, { status: 401, statusText: 'Unauthorized' });
    const refresh = backend.expectOne('/api/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    refresh.flush(tokens(2));
    const retry = backend.expectOne('/api/admin/pages');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush({ ok: true });
    await expect(call).resolves.toEqual({ ok: true });
    expect(JSON.parse(storage.getItem('pt.admin.session') ?? '{}').refreshToken).toBe('refresh-2');
  });

  it('shares one refresh between requests that fail together', async () => {
    const session = setup();
    await login(session);
    const a = firstValueFrom(http.get('/api/admin/pages'));
    const b = firstValueFrom(http.get('/api/admin/documents'));
    backend.expectOne('/api/admin/pages').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend
      .expectOne('/api/admin/documents')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/auth/refresh').flush(tokens(2));
    backend.expectOne('/api/admin/pages').flush({ a: 1 });
    backend.expectOne('/api/admin/documents').flush({ b: 1 });
    await expect(a).resolves.toEqual({ a: 1 });
    await expect(b).resolves.toEqual({ b: 1 });
  });

  it('does not retry a second time, and ends the session when the refresh is refused', async () => {
    const session = setup();
    await login(session);
    const call = firstValueFrom(http.get('/api/admin/pages'));
    backend.expectOne('/api/admin/pages').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend
      .expectOne('/api/auth/refresh')
      .flush({ message: 'spent' }, { status: 401, statusText: 'Unauthorized' });
    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(session.signedIn()).toBe(false);
    expect(session.signOutReason()).toBe('expired');
    expect(storage.getItem('pt.admin.session')).toBeNull();
  });

  it('passes other errors through untouched', async () => {
    const session = setup();
    await login(session);
    const call = firstValueFrom(http.get('/api/admin/users'));
    backend.expectOne('/api/admin/users').flush(null, { status: 403, statusText: 'Forbidden' });
    await expect(call).rejects.toMatchObject({ status: 403 });
    expect(session.signedIn()).toBe(true);
  });

  it('logs out: forgets the tokens and revokes the refresh token', async () => {
    const session = setup();
    await login(session);
    const out = firstValueFrom(session.logout());
    const req = backend.expectOne('/api/auth/logout');
    expect(req.request.body).toEqual({ refreshToken: 'refresh-1' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await out;
    expect(session.signedIn()).toBe(false);
    expect(session.signOutReason()).toBe('logout');
  });

  it('signs out after 30 minutes without activity', async () => {
    jest.useFakeTimers({ now: new Date('2026-01-01T10:00:00Z') });
    const session = setup();
    await login(session);
    const onIdle = jest.fn();
    const stop = session.watchIdle(onIdle);
    jest.advanceTimersByTime(IDLE_LIMIT_MS - 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    document.dispatchEvent(new KeyboardEvent('keydown'));
    jest.advanceTimersByTime(IDLE_LIMIT_MS - 60_000);
    expect(onIdle).not.toHaveBeenCalled();
    jest.advanceTimersByTime(120_000);
    expect(onIdle).toHaveBeenCalled();
    stop();
  });

  it('does not restore a session that sat idle past the limit', () => {
    storage.setItem(
      'pt.admin.session',
      JSON.stringify({ ...tokens(1), expiresAt: Date.now() + 1000, accessToken: 'a' }),
    );
    storage.setItem('pt.admin.lastActivity', String(Date.now() - IDLE_LIMIT_MS - 1));
    const session = setup();
    expect(session.signedIn()).toBe(false);
    expect(session.signOutReason()).toBe('idle');
  });
});
