import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { FIELDS_OF_WORK } from '@portal/domain/policing';
import { LocaleStore } from '@portal/portal/data-access';
import { LinkCardComponent, PageHeaderComponent } from '@portal/portal/ui';
import { useTranslatedMeta } from '../common/page-meta';

/** The OSCE's fields of work; those with a page of their own link to it. */
@Component({
  selector: 'pt-fields-of-work-page',
  imports: [TranslatePipe, LinkCardComponent, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-page-header
      [heading]="'content.fieldsOfWork.title' | translate"
      [lead]="'content.fieldsOfWork.lead' | translate"
    />
    <ul class="pt-grid">
      @for (field of fields(); track field.slug) {
        <li>
          <pt-link-card
            [heading]="field.name"
            [link]="['/', lang(), field.slug]"
            [description]="'content.home.sections.policing' | translate"
          />
        </li>
      }
    </ul>`,
})
export class FieldsOfWorkPageComponent {
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly fields = computed(() =>
    FIELDS_OF_WORK.map((f) => ({ slug: f.slug, name: f.name[this.lang()] })),
  );

  constructor() {
    useTranslatedMeta('content.fieldsOfWork.title', 'content.fieldsOfWork.lead');
  }
}
