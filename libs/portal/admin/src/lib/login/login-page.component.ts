import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '../data-access/session.store';

/** Only paths inside the admin area: a crafted returnUrl must not send staff elsewhere. */
export function safeReturnUrl(url: string | undefined | null): string {
  return url && url.startsWith('/admin') && !url.startsWith('/admin/login') ? url : '/admin';
}

@Component({
  selector: 'pt-admin-login-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .login {
      max-width: 26rem;
      margin: 2rem auto;
    }
  `,
  template: `
    <section class="login pt-card" aria-labelledby="login-title">
      <h1 id="login-title">{{ 'admin.login.title' | translate }}</h1>
      @if (reason() === 'idle') {
        <p class="pt-alert pt-alert--warning" role="status">{{ 'admin.login.idle' | translate }}</p>
      } @else if (reason() === 'expired') {
        <p class="pt-alert pt-alert--warning" role="status">
          {{ 'admin.login.expired' | translate }}
        </p>
      } @else if (reason() === 'logout') {
        <p class="pt-alert pt-alert--ok" role="status">{{ 'admin.login.loggedOut' | translate }}</p>
      }
      <form (submit)="submit($event)" novalidate>
        <div class="pt-field">
          <label for="login-email">{{ 'admin.login.email' | translate }}</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autocomplete="username"
            required
            [value]="email()"
            (input)="email.set($any($event.target).value)"
            [attr.aria-invalid]="!!error() || null"
            [attr.aria-describedby]="error() ? 'login-error' : null"
          />
        </div>
        <div class="pt-field">
          <label for="login-password">{{ 'admin.login.password' | translate }}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            [value]="password()"
            (input)="password.set($any($event.target).value)"
            [attr.aria-invalid]="!!error() || null"
            [attr.aria-describedby]="error() ? 'login-error' : null"
          />
        </div>
        <div id="login-error" role="alert">
          @if (error(); as key) {
            <p class="pt-alert">{{ key | translate }}</p>
          }
        </div>
        <div class="pt-actions">
          <button type="submit" class="pt-btn pt-btn--primary" [disabled]="busy()">
            {{ 'admin.login.submit' | translate }}
          </button>
        </div>
      </form>
    </section>
  `,
})
export class LoginPageComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  readonly returnUrl = input<string>();
  readonly reason = input<string>();
  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(event: Event): void {
    event.preventDefault();
    if (!this.email().trim() || !this.password()) {
      this.error.set('admin.login.missing');
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.session.login(this.email().trim(), this.password()).subscribe({
      next: () => {
        this.busy.set(false);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (err: unknown) => {
        this.busy.set(false);
        const status = err instanceof HttpErrorResponse ? err.status : -1;
        this.error.set(
          status === 401 || status === 400
            ? 'admin.login.wrong'
            : status === 429
              ? 'admin.login.tooMany'
              : status === 0
                ? 'admin.errors.network'
                : 'admin.errors.server',
        );
      },
    });
  }
}
