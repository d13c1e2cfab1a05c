import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  PLATFORM_ID,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { isPlatformBrowser } from '@angular/common';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { AssistantWidgetComponent } from '@portal/portal/assistant';
import {
  InAppNavigation,
  LocaleStore,
  NavigationStore,
  PageMeta,
} from '@portal/portal/data-access';
import { filter } from 'rxjs';
import { markCitedPassage } from './cited-passage';
import { fallbackMenu, stripLocale } from './menu-items';
import { SiteFooterComponent } from './site-footer.component';
import { SiteHeaderComponent } from './site-header.component';

/**
 * The public layout around every `/:lang/` page: skip link, header with menu, language
 * switcher and search, the page, the footer and the assistant widget (loaded when its
 * button is first pressed). Keeps `<html lang>`, hreflang alternates and focus in step with
 * navigation.
 */
@Component({
  selector: 'pt-shell',
  imports: [
    RouterOutlet,
    TranslatePipe,
    SiteHeaderComponent,
    SiteFooterComponent,
    AssistantWidgetComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<a class="pt-skip-link" [attr.href]="pathOnly() + '#main'" (click)="skip($event)">{{
      'shell.skipToContent' | translate
    }}</a>
    <pt-site-header [lang]="lang()" [path]="path()" [items]="menu()" />
    <main id="main" class="pt-container main" tabindex="-1">
      <router-outlet />
    </main>
    <!-- Below the first screen: hydrated when reached, used or navigated away from (see
         InAppNavigation), not while the page starts. -->
    @defer (on immediate; hydrate on viewport; hydrate on interaction; hydrate when navigated()) {
      <pt-site-footer [lang]="lang()" />
    }
    <!-- The assistant loads when asked for: rendering it on idle put a long task into every
         page load. The server renders this launcher; a click before hydration is replayed.
         Its place (.pt-assistant-dock): the header's last slot below 1280 px, the page's right
         margin from there, so the button never lies over the text. -->
    @defer (when assistantWanted(); prefetch on idle) {
      <pt-assistant-widget class="pt-assistant-dock" [startOpen]="true" />
    } @placeholder {
      <div class="pt-assistant-dock">
        <button
          type="button"
          class="pt-assistant-toggle"
          aria-expanded="false"
          [attr.title]="'assistant.widget.open' | translate"
          (click)="assistantWanted.set(true)"
        >
          <svg
            class="pt-assistant-toggle__icon"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
          >
            <path
              d="M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"
            />
          </svg>
          <span class="pt-visually-hidden">{{ 'assistant.widget.open' | translate }}</span>
        </button>
      </div>
    }`,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
    }
    .main {
      flex: 1 0 auto;
      width: 100%;
      box-sizing: border-box;
    }
    .main:focus {
      outline: none;
    }
  `,
})
export class ShellComponent {
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly translate = inject(TranslateService);
  private readonly meta = inject(PageMeta);
  private readonly locale = inject(LocaleStore);

  protected readonly lang = this.locale.lang;
  protected readonly assistantWanted = signal(false);
  protected readonly navigated = inject(InAppNavigation).navigated;
  private readonly url = signal(this.router.url);
  protected readonly path = computed(() => stripLocale(this.url()));
  protected readonly pathOnly = computed(() => this.url().split(/[?#]/)[0]);

  private readonly navigation = inject(NavigationStore);
  protected readonly menu = computed(() => {
    this.lang();
    return this.navigation.items() ?? fallbackMenu((key) => this.translate.instant(key));
  });

  constructor() {
    let first = true;
    const browser = isPlatformBrowser(inject(PLATFORM_ID));
    let stopMarking = () => undefined as void;
    const sub = this.router.events
      .pipe(filter((e): e is NavigationEnd => e instanceof NavigationEnd))
      .subscribe((e) => {
        this.url.set(e.urlAfterRedirects);
        // After an in-app navigation, move focus to the new content so screen readers
        // and keyboard users start there, as they would after a full page load.
        const fragment = this.router.parseUrl(e.urlAfterRedirects).fragment;
        if (!first && !fragment) {
          this.document.getElementById('main')?.focus({ preventScroll: true });
        }
        // A link to a passage (a citation, a search hit) marks and focuses that passage.
        stopMarking();
        if (browser && fragment) stopMarking = markCitedPassage(this.document, fragment);
        first = false;
      });
    inject(DestroyRef).onDestroy(() => {
      sub.unsubscribe();
      stopMarking();
    });
    effect(() => this.meta.setAlternates(this.path().split(/[?#]/)[0]));
  }

  protected skip(event: Event): void {
    const main = this.document.getElementById('main');
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  }
}
