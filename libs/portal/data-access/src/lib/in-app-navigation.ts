import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { NavigationEnd, NavigationStart, Router } from '@angular/router';

/**
 * Whether the visitor has moved to another address inside the app since it started.
 *
 * Parts of a page below the first screen hydrate only when reached or used
 * (`@defer (hydrate on viewport)`): until then they keep the server's markup and follow
 * no state. A navigation that keeps their component (a language switch reuses the shell and
 * the page) would leave them in the old language, so they also hydrate on the first
 * navigation: `hydrate when navigated()`.
 */
@Injectable({ providedIn: 'root' })
export class InAppNavigation {
  private readonly router = inject(Router);
  private readonly happened = signal(false);

  /** True from the end of the first navigation after the one that started the app. */
  readonly navigated = this.happened.asReadonly();

  constructor() {
    // When the app's first navigation starts, the router has completed none; any that starts
    // after one completed was the visitor's.
    let visitors = false;
    const sub = this.router.events.subscribe((event) => {
      if (event instanceof NavigationStart) visitors = this.router.navigated;
      if (event instanceof NavigationEnd && visitors) {
        this.happened.set(true);
        sub.unsubscribe();
      }
    });
    inject(DestroyRef).onDestroy(() => sub.unsubscribe());
  }
}
