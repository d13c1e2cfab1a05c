import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'pt-site-footer',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<footer class="footer">
    <div class="pt-container footer__inner">
      <div>
        <p class="footer__name">{{ 'shell.siteName' | translate }}</p>
        <p class="footer__text">{{ 'shell.footer.text' | translate }}</p>
      </div>
      <nav [attr.aria-label]="'shell.footer.navLabel' | translate">
        <ul class="footer__links">
          <li>
            <a [routerLink]="['/', lang(), 'about']">{{ 'shell.nav.items.about' | translate }}</a>
          </li>
          <li>
            <a [routerLink]="['/', lang(), 'projects']">{{
              'shell.nav.items.projects' | translate
            }}</a>
          </li>
          <li>
            <a [routerLink]="['/', lang(), 'leadership']">{{
              'shell.nav.items.leadership' | translate
            }}</a>
          </li>
          <li>
            <a [routerLink]="['/', lang(), 'meetings']">{{
              'shell.nav.items.meetings' | translate
            }}</a>
          </li>
          <li>
            <a [routerLink]="['/', lang(), 'search']">{{ 'shell.search.submit' | translate }}</a>
          </li>
        </ul>
      </nav>
    </div>
  </footer>`,
  styles: `
    .footer {
      margin-top: var(--pt-space-5);
      background: var(--pt-footer-bg);
      color: var(--pt-on-brand);
      padding-block: var(--pt-space-4);
    }
    .footer__inner {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--pt-space-3);
    }
    .footer__name {
      margin: 0;
      font-weight: 700;
    }
    .footer__text {
      margin: var(--pt-space-1) 0 0;
      max-width: 48ch;
    }
    .footer__links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .footer__links a {
      display: inline-flex;
      align-items: center;
      min-height: 32px;
      color: var(--pt-on-brand);
    }
    .footer__links a:focus-visible {
      outline-color: var(--pt-focus-on-brand);
    }
  `,
})
export class SiteFooterComponent {
  readonly lang = input.required<string>();
}
