import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** Previous / next buttons under a paged list; hidden while everything fits on one page. */
@Component({
  selector: 'pt-admin-pagination',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (pages() > 1) {
    <nav class="pt-actions" [attr.aria-label]="'admin.common.pagination' | translate">
      <button type="button" class="pt-btn" [disabled]="page() <= 1" (click)="go.emit(page() - 1)">
        {{ 'admin.common.previous' | translate }}
      </button>
      <span>{{ 'admin.common.pageOf' | translate: { page: page(), pages: pages() } }}</span>
      <button
        type="button"
        class="pt-btn"
        [disabled]="page() >= pages()"
        (click)="go.emit(page() + 1)"
      >
        {{ 'admin.common.next' | translate }}
      </button>
    </nav>
  }`,
})
export class PaginationComponent {
  readonly page = input.required<number>();
  readonly pages = input.required<number>();
  /** The page asked for; the list loads it. */
  readonly go = output<number>();
}
