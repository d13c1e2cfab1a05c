import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SessionStore } from '../data-access/session.store';

/** Only paths inside the admin area: a crafted returnUrl must not send staff elsewhere. */
export function safeReturnUrl(url: string | undefined | null): string {
  return url && url.startsWith('/admin') && !url.startsWith('/admin/login') ? url : '/admin';
}

@Component({
  selector: 'pt-admin-login-page',
  imports: [TranslatePipe, ReactiveFormsModule],
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
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="pt-field">
          <label for="login-email">{{ 'admin.login.email' | translate }}</label>
          <input
            id="login-email"
            name="email"
            type="email"
            autocomplete="username"
            required
            formControlName="email"
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
            formControlName="password"
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
  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected submit(): void {
    const email = this.form.controls.email.value.trim();
    const password = this.form.controls.password.value;
    // One message for both fields, shown in the alert they are described by.
    if (!email || !password) {
      this.error.set('admin.login.missing');
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.session.login(email, password).subscribe({
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
