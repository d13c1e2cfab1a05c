import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { NavigationItem } from '@portal/domain/content';
import type { Locale } from '@portal/domain/locales';
import { SearchBoxComponent } from '@portal/portal/ui';
import { LanguageSwitcherComponent } from './language-switcher.component';
import { MegaMenuComponent } from './mega-menu.component';

/**
 * Brand, languages, search and menu. From 1280 px the top row is one line; on a phone the
 * header is two rows (brand and languages, then menu button and search), about 110 px.
 * Below 1280 px the top row keeps an empty slot at its end where the shell puts the
 * assistant's button (see `.pt-assistant-dock`), so that button covers nothing.
 */
@Component({
  selector: 'pt-site-header',
  imports: [
    RouterLink,
    TranslatePipe,
    SearchBoxComponent,
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
      <pt-search-box class="header__search" boxId="pt-header-search" [lang]="lang()" />
    </div>
    <div class="header__bar">
      <div class="pt-container header__menu">
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
      position: relative;
      background: var(--pt-surface);
      border-bottom: 1px solid var(--pt-border);
    }
    .header__top {
      display: grid;
      grid-template-columns: auto 1fr var(--pt-assistant-slot);
      grid-template-areas: 'brand langs slot' 'brand search slot';
      align-items: center;
      gap: 0.25rem 1.5rem;
      padding-block: 0.5rem;
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
      max-width: 20rem;
      font-size: 1rem;
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
      width: min(100%, 24rem);
    }
    .header__bar {
      background: var(--pt-brand);
      padding-block: 0.25rem;
    }
    @media (min-width: 1280px) {
      .header__top {
        grid-template-columns: auto 1fr minmax(14rem, 20rem);
        grid-template-areas: 'brand langs search';
      }
      .header__search {
        width: 100%;
      }
    }
    /* A phone: the menu button joins the search row, the blue bar goes, languages are codes. */
    @media (max-width: 719px) {
      .header {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr) var(--pt-assistant-slot);
        grid-template-areas: 'brand langs slot' 'menu search search';
        align-items: center;
        gap: 0.5rem;
        padding: 0.5rem clamp(0.75rem, 3vw, 1.5rem);
      }
      .header__top,
      .header__bar,
      .header__menu {
        display: contents;
      }
      .header__name {
        max-width: 9rem;
        font-size: 0.9rem;
      }
      .header__menu > pt-mega-menu {
        grid-area: menu;
      }
      .header__search {
        width: 100%;
        min-width: 0;
      }
    }
    @media (max-width: 479px) {
      .header__name {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
    }
  `,
})
export class SiteHeaderComponent {
  readonly lang = input.required<Locale>();
  readonly path = input.required<string>();
  readonly items = input.required<readonly NavigationItem[]>();
}
