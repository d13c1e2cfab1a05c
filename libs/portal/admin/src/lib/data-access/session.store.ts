import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Injectable, InjectionToken, computed, inject, signal } from '@angular/core';
import { Observable, catchError, finalize, map, of, shareReplay, throwError } from 'rxjs';
import { can, isRole, type Permission } from '@portal/domain/access';
import type { SessionUser, TokenResponse } from './admin.types';

export interface Session {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Epoch milliseconds when the access token stops working. */
  readonly expiresAt: number;
  readonly user: SessionUser;
}

/** Why the user was signed out, shown on the login page. */
export type SignOutReason = 'logout' | 'idle' | 'expired';

/** Staff are signed out after this long without a key press, click or touch. */
export const IDLE_LIMIT_MS = 30 * 60 * 1000;

/**
 * Where the session is kept. sessionStorage, not localStorage: it survives a reload but dies
 * with the tab, so on a shared office computer closing the browser ends the session, and the
 * long-lived refresh token is not left on disk for the next person. Both are readable by
 * scripts on the page, so neither protects against XSS; that is the job of the API's
 * sanitising, the short access-token lifetime and the single-use refresh tokens.
 */
export const SESSION_STORAGE = new InjectionToken<Storage | null>('SESSION_STORAGE', {
  providedIn: 'root',
  factory: () => {
    const view = inject(DOCUMENT).defaultView;
    try {
      return view?.sessionStorage ?? null;
    } catch {
      // Storage disabled by the browser's privacy settings: the session lasts as long as the page.
      return null;
    }
  },
});

const SESSION_KEY = 'pt.admin.session';
const ACTIVITY_KEY = 'pt.admin.lastActivity';
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** Writing the activity stamp on every key press would be wasteful; this is precise enough. */
const ACTIVITY_WRITE_EVERY_MS = 10_000;
const IDLE_CHECK_EVERY_MS = 15_000;

function isSession(value: unknown): value is Session {
  const s = value as Session | null;
  return (
    !!s &&
    typeof s.accessToken === 'string' &&
    typeof s.refreshToken === 'string' &&
    typeof s.expiresAt === 'number' &&
    !!s.user &&
    typeof s.user.email === 'string' &&
    isRole(s.user.role)
  );
}

/**
 * The signed-in staff member: tokens, login, refresh (single flight, shared by every request
 * that got a 401 at the same time), logout and the inactivity sign-out.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly storage = inject(SESSION_STORAGE);
  private readonly document = inject(DOCUMENT);

  private readonly state = signal<Session | null>(null);
  private readonly lastReason = signal<SignOutReason | null>(null);
  private refreshing: Observable<Session> | null = null;
  private lastActivityWrite = 0;
  private idleTimer: ReturnType<typeof setInterval> | null = null;
  private readonly onActivity = () => this.touch();

  readonly session = this.state.asReadonly();
  readonly user = computed(() => this.state()?.user ?? null);
  readonly signedIn = computed(() => this.state() !== null);
  /** Whether the signed-in user's role holds `permission` in the permission table. */
  can(permission: Permission): boolean {
    return can(this.state()?.user.role, permission);
  }

  readonly signOutReason = this.lastReason.asReadonly();

  constructor() {
    this.restore();
  }

  accessToken(): string | null {
    return this.state()?.accessToken ?? null;
  }

  login(email: string, password: string): Observable<SessionUser> {
    return this.http.post<TokenResponse>('/api/auth/login', { email, password }).pipe(
      map((res) => {
        this.lastReason.set(null);
        this.touch(true);
        return this.accept(res).user;
      }),
    );
  }

  /** New tokens from the refresh token; concurrent callers share one request. */
  refresh(): Observable<Session> {
    const current = this.state();
    if (!current) return throwError(() => new Error('not signed in'));
    if (!this.refreshing) {
      this.refreshing = this.http
        .post<TokenResponse>('/api/auth/refresh', { refreshToken: current.refreshToken })
        .pipe(
          map((res) => this.accept(res)),
          catchError((error: unknown) => {
            this.end('expired');
            return throwError(() => error);
          }),
          finalize(() => (this.refreshing = null)),
          shareReplay({ bufferSize: 1, refCount: false }),
        );
    }
    return this.refreshing;
  }

  /** Ends the session here and revokes the refresh token on the server (best effort). */
  logout(reason: SignOutReason = 'logout'): Observable<void> {
    const current = this.state();
    this.end(reason);
    if (!current) return of(undefined);
    return this.http.post<void>('/api/auth/logout', { refreshToken: current.refreshToken }).pipe(
      map(() => undefined),
      catchError(() => of(undefined)),
    );
  }

  /** Forgets the session without asking the server (the server already refused it). */
  end(reason: SignOutReason): void {
    this.state.set(null);
    this.lastReason.set(reason);
    this.storage?.removeItem(SESSION_KEY);
    this.storage?.removeItem(ACTIVITY_KEY);
  }

  /** Starts watching for inactivity; returns the function that stops it. */
  watchIdle(onIdle: () => void): () => void {
    this.stopIdleWatch();
    for (const type of ACTIVITY_EVENTS) {
      this.document.addEventListener(type, this.onActivity, { passive: true, capture: true });
    }
    this.idleTimer = setInterval(() => {
      if (this.state() && this.idleFor() >= IDLE_LIMIT_MS) onIdle();
    }, IDLE_CHECK_EVERY_MS);
    return () => this.stopIdleWatch();
  }

  /** Milliseconds since the last recorded activity. */
  idleFor(): number {
    const stamp = Number(this.storage?.getItem(ACTIVITY_KEY) ?? this.lastActivityWrite);
    return Date.now() - (Number.isFinite(stamp) ? stamp : 0);
  }

  touch(force = false): void {
    const now = Date.now();
    if (!force && now - this.lastActivityWrite < ACTIVITY_WRITE_EVERY_MS) return;
    this.lastActivityWrite = now;
    this.storage?.setItem(ACTIVITY_KEY, String(now));
  }

  private stopIdleWatch(): void {
    for (const type of ACTIVITY_EVENTS) {
      this.document.removeEventListener(type, this.onActivity, { capture: true });
    }
    if (this.idleTimer) clearInterval(this.idleTimer);
    this.idleTimer = null;
  }

  private accept(res: TokenResponse): Session {
    const session: Session = {
      accessToken: res.accessToken,
      refreshToken: res.refreshToken,
      expiresAt: Date.now() + (res.expiresIn ?? 900) * 1000,
      user: res.user,
    };
    this.state.set(session);
    this.storage?.setItem(SESSION_KEY, JSON.stringify(session));
    return session;
  }

  /** A reload keeps the session, unless the tab sat idle past the limit meanwhile. */
  private restore(): void {
    const raw = this.storage?.getItem(SESSION_KEY);
    if (!raw) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    if (!isSession(parsed)) {
      this.storage?.removeItem(SESSION_KEY);
      return;
    }
    this.lastActivityWrite = Number(this.storage?.getItem(ACTIVITY_KEY)) || 0;
    if (this.idleFor() >= IDLE_LIMIT_MS) {
      this.end('idle');
      return;
    }
    this.state.set(parsed);
  }
}

/** Requests that must never carry the bearer token nor trigger a refresh. */
export function isAuthFlowUrl(url: string): boolean {
  return /\/api\/auth\/(login|refresh|logout)(\?|$)/.test(url);
}
