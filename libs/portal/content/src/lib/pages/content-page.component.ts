import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PortalApi, LocaleStore } from '@portal/portal/data-access';
import { ResourceStateComponent } from '../common/resource-state.component';
import { usePageMeta } from '../common/page-meta';
import { PageArticleComponent } from './page-article.component';
import { routeParam } from '../common/route-signal';

/** An editorial page by slug (about, meetings, leadership), the slug coming from route data. */
@Component({
  selector: 'pt-content-page',
  imports: [ResourceStateComponent, PageArticleComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-resource-state [resource]="page" />
    @if (page.hasValue()) {
      <pt-page-article [page]="page.value()" [uiLang]="lang()" />
    }`,
})
export class ContentPageComponent {
  private readonly slug = routeParam('slug');
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly page = inject(PortalApi).page(this.slug, this.lang);

  constructor() {
    usePageMeta(() =>
      this.page.hasValue()
        ? { title: this.page.value().title, description: this.page.value().summary }
        : null,
    );
  }
}
