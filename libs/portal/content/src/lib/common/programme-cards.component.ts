import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { ProgrammeSummary } from '@portal/domain/content';
import { LocaleStore } from '@portal/portal/data-access';
import { LinkCardComponent } from '@portal/portal/ui';

/** Programmes as a grid of cards, each linking to its programme page; the category is the eyebrow. */
@Component({
  selector: 'pt-programme-cards',
  imports: [TranslatePipe, LinkCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ul class="pt-grid">
    @for (p of programmes(); track p.slug) {
      <li>
        <pt-link-card
          [heading]="p.title"
          [link]="['/', lang(), 'programmes', p.slug]"
          [eyebrow]="'content.programmes.category.' + p.category | translate"
          [description]="p.summary"
        />
      </li>
    }
  </ul>`,
})
export class ProgrammeCardsComponent {
  readonly programmes = input.required<readonly ProgrammeSummary[]>();
  protected readonly lang = inject(LocaleStore).lang;
}
