import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ViewEncapsulation,
  effect,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import {
  type ActivatedRouteSnapshot,
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LOCALES, LOCALE_NAMES, isLocale } from '@portal/domain/locales';
import { filter, merge } from 'rxjs';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import { SessionStore } from '../data-access/session.store';
import { ADMIN_FRAME_STYLES } from './admin-frame.styles';

interface NavEntry {
  readonly path: string;
  readonly key: string;
  readonly exact?: boolean;
  readonly adminOnly?: boolean;
}

const NAV: readonly NavEntry[] = [
  { path: '/admin', key: 'admin.nav.dashboard', exact: true },
  { path: '/admin/pages', key: 'admin.nav.pages' },
  { path: '/admin/programmes', key: 'admin.nav.programmes' },
  { path: '/admin/reference', key: 'admin.nav.reference' },
  { path: '/admin/documents', key: 'admin.nav.documents' },
  { path: '/admin/assistant', key: 'admin.nav.assistant' },
  { path: '/admin/audit', key: 'admin.nav.audit' },
  { path: '/admin/users', key: 'admin.nav.users', adminOnly: true },
];

/**
 * The admin area's frame: header with navigation, UI language and the signed-in user; it also
 * signs out after 30 idle minutes and sends a user whose session ended to the login page.
 * Its styles are the admin area's shared vocabulary (buttons, tables, forms), hence unencapsulated
 * but scoped under `.pt-admin`.
 */
@Component({
  selector: 'pt-admin-frame',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styles: ADMIN_FRAME_STYLES,
  template: `
    <div class="pt-admin">
      <a class="pt-admin__skip" href="#admin-main" (click)="focusMain($event)">{{
        'admin.nav.skip' | translate
      }}</a>
      <header class="pt-admin__header">
        <div class="pt-admin__bar">
          <a class="pt-admin__brand" routerLink="/admin">{{ 'admin.title' | translate }}</a>
          <div class="pt-admin__tools">
            <label class="pt-admin__lang">
              <span>{{ 'admin.nav.language' | translate }}</span>
              <select [value]="language.lang()" (change)="setLanguage($event)">
                @for (l of locales; track l) {
                  <option [value]="l" [attr.lang]="l">{{ names[l] }}</option>
                }
              </select>
            </label>
            @if (session.user(); as user) {
              <span class="pt-admin__user">
                {{ user.email }} ·
                {{ 'admin.roles.' + user.role | translate }}
              </span>
              <button type="button" class="pt-btn pt-btn--on-brand" (click)="logout()">
                {{ 'admin.nav.logout' | translate }}
              </button>
            }
          </div>
        </div>
        @if (session.signedIn()) {
          <nav class="pt-admin__nav" [attr.aria-label]="'admin.nav.label' | translate">
            <ul>
              @for (entry of nav; track entry.path) {
                @if (!entry.adminOnly || session.isAdmin()) {
                  <li>
                    <a
                      [routerLink]="entry.path"
                      routerLinkActive="is-active"
                      ariaCurrentWhenActive="page"
                      [routerLinkActiveOptions]="{ exact: !!entry.exact }"
                      >{{ entry.key | translate }}</a
                    >
                  </li>
                }
              }
            </ul>
          </nav>
        }
      </header>
      <main id="admin-main" class="pt-admin__main" tabindex="-1">
        <router-outlet />
      </main>
    </div>
  `,
})
export class AdminFrameComponent {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly locales = LOCALES;
  protected readonly names = LOCALE_NAMES;
  protected readonly nav = NAV;
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);

  constructor() {
    const destroyRef = inject(DestroyRef);
    let stopIdle: (() => void) | null = null;
    effect(() => {
      stopIdle?.();
      stopIdle = null;
      if (this.session.signedIn()) {
        stopIdle = this.session.watchIdle(() => this.signOut('idle'));
      } else if (!this.router.url.startsWith('/admin/login')) {
        // Logged out, idle, or the refresh was refused: back to the login, which says why.
        const reason = this.session.signOutReason();
        const returnUrl = reason === 'logout' ? undefined : this.router.url;
        void this.router.navigate(['/admin/login'], { queryParams: { returnUrl, reason } });
      }
    });
    destroyRef.onDestroy(() => stopIdle?.());

    let first = true;
    merge(
      this.router.events.pipe(filter((e) => e instanceof NavigationEnd)),
      this.translate.onLangChange,
    )
      .pipe(takeUntilDestroyed())
      .subscribe((event) => {
        this.updateTitle();
        if (event instanceof NavigationEnd && !first) this.focusMain();
        if (event instanceof NavigationEnd) first = false;
      });
  }

  protected setLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLocale(value)) this.language.use(value).subscribe();
  }

  protected logout(): void {
    this.signOut('logout');
  }

  protected focusMain(event?: Event): void {
    event?.preventDefault();
    this.document.getElementById('admin-main')?.focus();
  }

  /** The frame's effect notices the ended session and shows the login. */
  private signOut(reason: 'logout' | 'idle'): void {
    this.session.logout(reason).subscribe();
  }

  private updateTitle(): void {
    let route: ActivatedRouteSnapshot | null = this.router.routerState.snapshot.root;
    let key: string | undefined;
    while (route) {
      key = (route.data['titleKey'] as string | undefined) ?? key;
      route = route.firstChild;
    }
    const area = this.translate.instant('admin.title') as string;
    this.title.setTitle(key ? `${this.translate.instant(key) as string} · ${area}` : area);
  }
}
