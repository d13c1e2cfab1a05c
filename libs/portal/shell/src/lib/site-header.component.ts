import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { NavigationItem } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { HeaderSearchComponent } from './header-search.component';
import { LanguageSwitcherComponent } from './language-switcher.component';
import { MegaMenuComponent } from './mega-menu.component';

@Component({
  selector: 'pt-site-header',
  imports: [
    RouterLink,
    TranslatePipe,
    HeaderSearchComponent,
    LanguageSwitcherComponent,
    MegaMenuComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<header class="header">
    <div class="pt-container header__top">
      <a class="header__brand" [routerLink]="['/', lang()]">
        <span class="header__logo" aria-hidden="true">OSCE</span>
        <span class="header__name">{{ 'shell.siteName' | translate }}</span>
      </a>
      <pt-language-switcher
        class="header__langs"
        [lang]="lang()"
        [path]="path()"
        [label]="'shell.languages.label' | translate"
      />
      <pt-header-search
        class="header__search"
        [lang]="lang()"
        [label]="'shell.search.label' | translate"
        [placeholder]="'shell.search.placeholder' | translate"
        [buttonLabel]="'shell.search.submit' | translate"
      />
    </div>
    <div class="header__bar">
      <div class="pt-container">
        <pt-mega-menu
          [items]="items()"
          [lang]="lang()"
          [label]="'shell.nav.label' | translate"
          [toggleLabel]="'shell.nav.toggle' | translate"
          [overviewLabel]="'shell.nav.overview' | translate"
        />
      </div>
    </div>
  </header>`,
  styles: `
    .header {
      background: var(--pt-surface);
      border-bottom: 1px solid var(--pt-border);
    }
    .header__top {
      display: grid;
      grid-template-columns: auto 1fr;
      grid-template-areas: 'brand langs' 'brand search';
      align-items: center;
      gap: 0.5rem 1.5rem;
      padding-block: 0.75rem;
    }
    .header__brand {
      grid-area: brand;
      display: inline-flex;
      align-items: center;
      gap: 0.75rem;
      color: var(--pt-text);
      text-decoration: none;
      min-height: 44px;
    }
    .header__logo {
      display: inline-grid;
      place-items: center;
      padding: 0.35rem 0.5rem;
      border-radius: var(--pt-radius);
      background: var(--pt-brand);
      color: var(--pt-on-brand);
      font-weight: 800;
      letter-spacing: 0.06em;
      font-size: 0.9rem;
    }
    .header__name {
      font-size: 1.2rem;
      font-weight: 700;
      line-height: 1.2;
    }
    .header__langs {
      grid-area: langs;
      justify-self: end;
    }
    .header__search {
      grid-area: search;
      justify-self: end;
      width: min(100%, 26rem);
    }
    .header__bar {
      background: var(--pt-brand);
      padding-block: 0.375rem;
    }
    @media (max-width: 720px) {
      .header__top {
        grid-template-columns: 1fr;
        grid-template-areas: 'brand' 'langs' 'search';
      }
      .header__langs,
      .header__search {
        justify-self: stretch;
        width: 100%;
      }
    }
  `,
})
export class SiteHeaderComponent {
  readonly lang = input.required<Locale>();
  readonly path = input.required<string>();
  readonly items = input.required<readonly NavigationItem[]>();
}
