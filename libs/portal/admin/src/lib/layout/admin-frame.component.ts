import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  effect,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type ActivatedRouteSnapshot, NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { filter, merge } from 'rxjs';
import { SessionStore } from '../data-access/session.store';
import { AdminHeaderComponent } from './admin-header.component';
import { ADMIN_FRAME_STYLES } from './admin-frame.styles';

/**
 * The admin area's frame around every admin page. It signs out after 30 idle minutes and sends
 * a user whose session ended to the login page. Its styles are the admin area's shared vocabulary (buttons, tables, forms), hence unencapsulated
 * but scoped under `.pt-admin`.
 */
@Component({
  selector: 'pt-admin-frame',
  imports: [RouterOutlet, AdminHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styles: ADMIN_FRAME_STYLES,
  template: `
    <div class="pt-admin">
      <pt-admin-header (focusMain)="focusMain()" (logout)="logout()" />
      <main id="admin-main" class="pt-admin__main" tabindex="-1">
        <router-outlet />
      </main>
    </div>
  `,
})
export class AdminFrameComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly title = inject(Title);
  private readonly document = inject(DOCUMENT);

  constructor() {
    let wasSignedIn = false;
    // Not a data load: it starts the idle watch for a signed-in user (ended by the cleanup when
    // the session or the frame ends) and shows the login when the session ends.
    effect((onCleanup) => {
      const signedIn = this.session.signedIn();
      const ended = wasSignedIn && !signedIn;
      wasSignedIn = signedIn;
      if (signedIn) {
        onCleanup(this.session.watchIdle(() => this.signOut('idle')));
      } else if (ended && !this.router.url.startsWith('/admin/login')) {
        // Logged out, idle, or the refresh was refused: back to the login, which says why.
        const reason = this.session.signOutReason();
        const returnUrl = reason === 'logout' ? undefined : this.router.url;
        void this.router.navigate(['/admin/login'], { queryParams: { returnUrl, reason } });
      }
    });

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

  protected logout(): void {
    this.signOut('logout');
  }

  protected focusMain(): void {
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
