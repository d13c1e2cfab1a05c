import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { AdminDocumentDetail } from '../data-access/admin.types';

/** The passages extracted from a document, as the search and the assistant will quote them. */
@Component({
  selector: 'pt-admin-passages',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ol {
      max-height: 32rem;
      overflow: auto;
      background: #fff;
      border: 1px solid var(--pt-border, #d5dbe3);
      border-radius: 6px;
      padding: 0.5rem 0.5rem 0.5rem 2.5rem;
    }
    li {
      margin-bottom: 0.75rem;
      white-space: pre-wrap;
    }
  `,
  template: `
    <h3>{{ 'admin.documents.passagesOf' | translate: { title: document().title } }}</h3>
    @if (document().passages.length === 0) {
      <p>{{ 'admin.documents.noPassages' | translate }}</p>
    } @else {
      <ol
        [attr.lang]="document().lang"
        tabindex="0"
        [attr.aria-label]="'admin.documents.passagesList' | translate"
      >
        @for (p of document().passages; track $index) {
          <li>
            @if (p.heading) {
              <strong>{{ p.heading }}</strong><br />
            }
            {{ p.text }}
          </li>
        }
      </ol>
    }
  `,
})
export class PassagesComponent {
  readonly document = input.required<AdminDocumentDetail>();
}
