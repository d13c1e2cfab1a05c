import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { FIELDS_OF_WORK } from '@portal/domain/policing';
import { LocaleStore } from '@portal/portal/data-access';
import { LinkCardComponent, PageHeaderComponent } from '@portal/portal/ui';
import { useTranslatedMeta } from '../common/page-meta';

/**
 * The OSCE's fields of work. Only policing has a page on this portal, so it is the one
 * card; the others are named so visitors see where policing sits, without links that
 * would lead nowhere.
 */
@Component({
  selector: 'pt-fields-of-work-page',
  imports: [TranslatePipe, LinkCardComponent, PageHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-page-header
      [heading]="'content.fieldsOfWork.title' | translate"
      [lead]="'content.fieldsOfWork.lead' | translate"
    />
    <ul class="pt-grid">
      <li>
        <pt-link-card
          [heading]="policing().name"
          [link]="['/', lang(), 'policing']"
          [description]="'content.home.sections.policing' | translate"
        />
      </li>
    </ul>
    <section aria-labelledby="pt-other-fields">
      <h2 id="pt-other-fields">{{ 'content.fieldsOfWork.others' | translate }}</h2>
      <ul class="others">
        @for (field of others(); track field.slug) {
          <li>{{ field.name }}</li>
        }
      </ul>
    </section>`,
  styles: `
    .others {
      columns: 16rem;
      padding-left: 1.2rem;
    }
  `,
})
export class FieldsOfWorkPageComponent {
  protected readonly lang = inject(LocaleStore).lang;
  private readonly fields = computed(() =>
    FIELDS_OF_WORK.map((f) => ({ slug: f.slug, name: f.name[this.lang()] })),
  );
  protected readonly policing = computed(
    () => this.fields().find((f) => f.slug === 'policing') ?? { slug: 'policing', name: '' },
  );
  protected readonly others = computed(() => this.fields().filter((f) => f.slug !== 'policing'));

  constructor() {
    useTranslatedMeta('content.fieldsOfWork.title', 'content.fieldsOfWork.lead');
  }
}
