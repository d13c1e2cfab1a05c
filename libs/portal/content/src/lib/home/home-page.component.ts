import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { InAppNavigation, LocaleStore, PortalApi } from '@portal/portal/data-access';
import { LinkCardComponent, SearchBoxComponent } from '@portal/portal/ui';
import { useTranslatedMeta } from '../common/page-meta';
import { ProgrammeCardsComponent } from '../common/programme-cards.component';

interface Section {
  readonly key: string;
  readonly path: string;
}

@Component({
  selector: 'pt-home-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LinkCardComponent,
    ProgrammeCardsComponent,
    SearchBoxComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.css',
})
export class HomePageComponent {
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly navigated = inject(InAppNavigation).navigated;
  protected readonly latest = inject(PortalApi).programmes(this.lang, () => ({ size: 3 }));
  protected readonly sections: readonly Section[] = [
    { key: 'policing', path: 'policing' },
    { key: 'countries', path: 'countries' },
    { key: 'fieldOperations', path: 'field-operations' },
    { key: 'institutions', path: 'institutions' },
    { key: 'projects', path: 'projects' },
    { key: 'meetings', path: 'meetings' },
  ];

  constructor() {
    useTranslatedMeta('content.home.title', 'content.home.lead');
  }
}
