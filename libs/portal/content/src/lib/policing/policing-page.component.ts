import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { InAppNavigation, LocaleStore, PortalApi } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { ResourceStateComponent } from '../common/resource-state.component';
import { usePageMeta } from '../common/page-meta';
import { PageArticleComponent } from '../pages/page-article.component';
import { ProgrammesBrowserComponent } from '../programmes/programmes-browser.component';
import { ProgrammesBrowserState } from '../programmes/programmes-browser.state';

/** The policing field of work: the editorial page, then its programme categories. */
@Component({
  selector: 'pt-policing-page',
  imports: [
    TranslatePipe,
    PageHeaderComponent,
    ResourceStateComponent,
    PageArticleComponent,
    ProgrammesBrowserComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ProgrammesBrowserState],
  template: `<pt-resource-state [resource]="page" />
    @if (page.hasValue()) {
      <pt-page-article [page]="page.value()" [uiLang]="lang()" />
    } @else if (page.error()) {
      <pt-page-header [heading]="'shell.nav.items.policing' | translate" />
    }
    <section class="programmes" aria-labelledby="pt-policing-programmes">
      <h2 id="pt-policing-programmes">{{ 'content.programmes.title' | translate }}</h2>
      <!-- Below the article: hydrated when reached, used or navigated away from (see
           InAppNavigation), not while the page starts; its data come with the page. -->
      @defer (on immediate; hydrate on viewport; hydrate on interaction; hydrate when navigated()) {
        <pt-programmes-browser [level]="3" />
      }
    </section>`,
  styles: `
    .programmes {
      margin-top: var(--pt-space-5);
      border-top: 1px solid var(--pt-border);
      padding-top: var(--pt-space-3);
    }
  `,
})
export class PolicingPageComponent {
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly navigated = inject(InAppNavigation).navigated;
  protected readonly page = inject(PortalApi).page(() => 'policing', this.lang);

  constructor() {
    // The programmes are requested with the page, while the transfer cache serves them, not
    // when the browser below hydrates: providers are created when first injected.
    inject(ProgrammesBrowserState);
    usePageMeta(() =>
      this.page.hasValue()
        ? { title: this.page.value().title, description: this.page.value().summary }
        : null,
    );
  }
}
