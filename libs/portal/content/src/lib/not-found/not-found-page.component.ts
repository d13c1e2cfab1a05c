import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleStore } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { useResponseStatus, useTranslatedMeta } from '../common/page-meta';

@Component({
  selector: 'pt-not-found-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-page-header
      [heading]="'common.notFound.title' | translate"
      [lead]="'common.notFound.message' | translate"
    />
    <ul>
      <li>
        <a [routerLink]="['/', lang()]">{{ 'common.notFound.home' | translate }}</a>
      </li>
      <li>
        <a [routerLink]="['/', lang(), 'search']">{{ 'common.notFound.search' | translate }}</a>
      </li>
    </ul>`,
})
export class NotFoundPageComponent {
  protected readonly lang = inject(LocaleStore).lang;

  constructor() {
    useTranslatedMeta('common.notFound.title', 'common.notFound.message');
    useResponseStatus(() => 404);
  }
}
