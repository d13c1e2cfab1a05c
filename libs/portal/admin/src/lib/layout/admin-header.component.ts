import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { Permission } from '@portal/domain/access';
import { LOCALES, LOCALE_NAMES, isLocale } from '@portal/domain/locales';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import { SessionStore } from '../data-access/session.store';

interface NavEntry {
  readonly path: string;
  readonly key: string;
  readonly exact?: boolean;
  /** Shown only to roles holding it (the permission table decides). */
  readonly permission: Permission;
}

const NAV: readonly NavEntry[] = [
  { path: '/admin', key: 'admin.nav.dashboard', exact: true, permission: 'session.own' },
  { path: '/admin/pages', key: 'admin.nav.pages', permission: 'content.read' },
  { path: '/admin/programmes', key: 'admin.nav.programmes', permission: 'content.read' },
  { path: '/admin/review', key: 'admin.nav.review', permission: 'content.publish' },
  { path: '/admin/reference', key: 'admin.nav.reference', permission: 'reference' },
  { path: '/admin/leadership', key: 'admin.nav.leadership', permission: 'reference' },
  { path: '/admin/documents', key: 'admin.nav.documents', permission: 'documents.read' },
  { path: '/admin/assistant', key: 'admin.nav.assistant', permission: 'insights' },
  { path: '/admin/audit', key: 'admin.nav.audit', permission: 'audit' },
  { path: '/admin/users', key: 'admin.nav.users', permission: 'users' },
];

/** Skip link, brand, UI language picker, the signed-in user with "Log out", and the menu. */
@Component({
  selector: 'pt-admin-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .pt-admin__skip {
      position: absolute;
      left: -999px;
      top: 0;
      background: #fff;
      padding: 0.5rem 1rem;
      z-index: 10;
    }
    .pt-admin__skip:focus {
      left: 1rem;
    }
    .pt-admin__header {
      background: var(--pt-brand, #0b3d6b);
      color: #fff;
    }
    .pt-admin__bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
      padding: 0.5rem 1rem;
      max-width: 90rem;
      margin: 0 auto;
    }
    .pt-admin__brand {
      color: #fff;
      font-weight: 700;
      font-size: 1.1rem;
      text-decoration: none;
    }
    .pt-admin__header :focus-visible {
      outline-color: var(--pt-focus-on-brand, #ffd166);
    }
    .pt-admin__tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
    }
    .pt-admin__lang {
      display: flex;
      gap: 0.4rem;
      align-items: center;
    }
    .pt-admin__lang select {
      font: inherit;
      padding: 0.2rem 0.4rem;
      border-radius: 4px;
    }
    .pt-admin__user {
      font-size: 0.9rem;
    }
    .pt-admin__nav {
      background: var(--pt-brand-strong, #072a4a);
    }
    .pt-admin__nav ul {
      display: flex;
      flex-wrap: wrap;
      list-style: none;
      margin: 0 auto;
      padding: 0 0.5rem;
      max-width: 90rem;
    }
    .pt-admin__nav a {
      display: block;
      color: #fff;
      padding: 0.6rem 0.75rem;
      text-decoration: none;
    }
    .pt-admin__nav a:hover {
      text-decoration: underline;
    }
    .pt-admin__nav a.is-active {
      box-shadow: inset 0 -4px 0 var(--pt-focus-on-brand, #ffd166);
      font-weight: 600;
    }
    .pt-btn--on-brand {
      background: transparent;
      color: #fff;
      border-color: #fff;
    }
    .pt-btn--on-brand:hover {
      background: rgb(255 255 255 / 0.15);
    }
  `,
  template: `
    <a class="pt-admin__skip" href="#admin-main" (click)="skip($event)">{{
      'admin.nav.skip' | translate
    }}</a>
    <header class="pt-admin__header">
      <div class="pt-admin__bar">
        <a class="pt-admin__brand" routerLink="/admin">{{ 'admin.title' | translate }}</a>
        <div class="pt-admin__tools">
          <label class="pt-admin__lang">
            <span>{{ 'admin.nav.language' | translate }}</span>
            <select (change)="setLanguage($event)">
              @for (l of locales; track l) {
                <option [value]="l" [attr.lang]="l" [selected]="l === language.lang()">
                  {{ names[l] }}
                </option>
              }
            </select>
          </label>
          @if (session.user(); as user) {
            <span class="pt-admin__user">
              {{ user.email }} ·
              {{ 'admin.roles.' + user.role | translate }}
            </span>
            <button type="button" class="pt-btn pt-btn--on-brand" (click)="logout.emit()">
              {{ 'admin.nav.logout' | translate }}
            </button>
          }
        </div>
      </div>
      @if (session.signedIn()) {
        <nav class="pt-admin__nav" [attr.aria-label]="'admin.nav.label' | translate">
          <ul>
            @for (entry of nav; track entry.path) {
              @if (session.can(entry.permission)) {
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
  `,
})
export class AdminHeaderComponent {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(AdminLanguageStore);
  protected readonly locales = LOCALES;
  protected readonly names = LOCALE_NAMES;
  protected readonly nav = NAV;
  readonly logout = output<void>();
  readonly focusMain = output<void>();

  protected setLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLocale(value)) this.language.use(value).subscribe();
  }

  protected skip(event: Event): void {
    event.preventDefault();
    this.focusMain.emit();
  }
}
