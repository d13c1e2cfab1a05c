import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ProgrammeSummary } from '@portal/domain/content';
import { ProgrammeCardsComponent } from './programme-cards.component';

/** The programmes run in one place (a participating State, a field operation), or a note that there are none. */
@Component({
  selector: 'pt-programmes-section',
  imports: [TranslatePipe, ProgrammeCardsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<section [attr.aria-labelledby]="headingId()">
    <h2 [id]="headingId()">{{ 'content.programmes.title' | translate }}</h2>
    @if (programmes().length) {
      <pt-programme-cards [programmes]="programmes()" />
    } @else {
      <p>{{ 'content.programmes.none' | translate }}</p>
    }
  </section>`,
})
export class ProgrammesSectionComponent {
  readonly programmes = input.required<readonly ProgrammeSummary[]>();
  /** Unique on the page: the section is named by its heading. */
  readonly headingId = input.required<string>();
}
