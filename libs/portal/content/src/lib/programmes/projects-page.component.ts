import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PageHeaderComponent } from '@portal/portal/ui';
import { useTranslatedMeta } from '../common/page-meta';
import { ProgrammesBrowserComponent } from './programmes-browser.component';
import { ProgrammesBrowserState } from './programmes-browser.state';

@Component({
  selector: 'pt-projects-page',
  imports: [TranslatePipe, PageHeaderComponent, ProgrammesBrowserComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ProgrammesBrowserState],
  template: `<pt-page-header
      [heading]="'content.projects.title' | translate"
      [lead]="'content.projects.lead' | translate"
    />
    <pt-programmes-browser [level]="2" />`,
})
export class ProjectsPageComponent {
  constructor() {
    useTranslatedMeta('content.projects.title', 'content.projects.lead');
  }
}
