import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import { LOCALES, LOCALE_NAMES, type Locale } from '@portal/domain/locales';

/**
 * Links to the same page in each language, each named in itself and marked with
 * hreflang/lang so assistive technology pronounces it right; the current one is
 * aria-current.
 */
@Component({
  selector: 'pt-language-switcher',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nav class="langs" [attr.aria-label]="label()">
    <ul class="langs__list">
      @for (link of links(); track link.lang) {
        <li>
          <a
            class="langs__link"
            [routerLink]="link.tree"
            [attr.hreflang]="link.lang"
            [attr.lang]="link.lang"
            [attr.aria-current]="link.current ? 'true' : null"
            ><span class="langs__name">{{ link.name }}</span>
            <span class="langs__code">{{ ' ' + link.code }}</span></a
          >
        </li>
      }
    </ul>
  </nav>`,
  styles: `
    .langs__list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.125rem;
      justify-content: flex-end;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .langs__link {
      display: inline-flex;
      align-items: center;
      min-height: 32px;
      padding: 0 0.4rem;
      border-radius: var(--pt-radius);
      color: var(--pt-link);
      font-size: 0.9rem;
      text-decoration: none;
    }
    .langs__link:hover {
      text-decoration: underline;
      background: var(--pt-hover);
    }
    /* The code takes no room in the accessibility tree until it is what is shown. */
    .langs__code {
      display: none;
    }
    /* On a phone each language is its code (EN, FR...): the name is still read out with
       the code, so the visible text stays part of the link's name. */
    @media (max-width: 719px) {
      .langs__list {
        flex-wrap: nowrap;
        gap: 0;
      }
      .langs__link {
        min-height: 44px;
        min-width: 2.25rem;
        justify-content: center;
        padding: 0 0.3rem;
      }
      .langs__name {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .langs__code {
        display: inline;
      }
    }
    .langs__link[aria-current] {
      font-weight: 700;
      color: var(--pt-text);
      box-shadow: inset 0 -2px 0 var(--pt-accent);
    }
  `,
})
export class LanguageSwitcherComponent {
  readonly lang = input.required<Locale>();
  /** The current path without its locale segment, query included. */
  readonly path = input.required<string>();
  readonly label = input.required<string>();

  private readonly router = inject(Router);
  protected readonly links = computed(() =>
    LOCALES.map((lang) => ({
      lang,
      name: LOCALE_NAMES[lang],
      code: lang.toUpperCase(),
      current: lang === this.lang(),
      // The home page is `/fr`, not `/fr/`: the router reads the trailing slash as an empty
      // segment that no route matches, so switching language on the home page was a 404.
      tree: this.router.parseUrl(`/${lang}${this.path().replace(/^\/(?=$|[?#])/, '')}`) as UrlTree,
    })),
  );
}
