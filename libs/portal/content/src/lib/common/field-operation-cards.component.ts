import { ChangeDetectionStrategy, Component, booleanAttribute, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { FieldOperationSummary } from '@portal/domain/content';
import { LocaleStore } from '@portal/portal/data-access';
import { LinkCardComponent } from '@portal/portal/ui';

/** Field operations as a grid of cards linking to each operation's page, with its host. */
@Component({
  selector: 'pt-field-operation-cards',
  imports: [TranslatePipe, LinkCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<ul class="pt-grid">
    @for (op of operations(); track op.slug) {
      <li>
        <pt-link-card
          [heading]="op.name"
          [link]="['/', lang(), 'field-operations', op.slug]"
          [eyebrow]="
            withStatus() ? ('content.fieldOperations.status.' + op.status | translate) : undefined
          "
          [description]="op.host"
        />
      </li>
    }
  </ul>`,
})
export class FieldOperationCardsComponent {
  readonly operations = input.required<readonly FieldOperationSummary[]>();
  /** Lists already grouped by status leave it out; mixed lists show it as the eyebrow. */
  readonly withStatus = input(false, { transform: booleanAttribute });
  protected readonly lang = inject(LocaleStore).lang;
}
