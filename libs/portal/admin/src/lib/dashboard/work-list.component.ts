import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminLanguageStore } from '../data-access/admin-language.store';
import { CONTENT_SECTIONS } from '../data-access/content-sections';
import type { WorkItem } from '../data-access/dashboard.store';
import { AdminDatePipe } from '../shared/admin-date.pipe';

/** A dashboard card listing translations that need work, each linking to its editor tab. */
@Component({
  selector: 'pt-admin-work-list',
  imports: [TranslatePipe, RouterLink, AdminDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="pt-card" [attr.aria-label]="heading() | translate">
      <h2>
        {{ heading() | translate }} <span class="pt-hint">({{ items().length }})</span>
      </h2>
      @if (items().length === 0) {
        <p class="pt-hint">{{ empty() | translate }}</p>
      } @else {
        <ul>
          @for (w of items().slice(0, 10); track w.id + w.locale) {
            <li>
              <a [routerLink]="link(w)" [queryParams]="{ tab: w.locale }" [attr.lang]="w.locale">{{
                w.title || w.key
              }}</a>
              <span class="pt-hint">
                · {{ w.locale.toUpperCase() }} · {{ 'admin.sections.' + w.section | translate }}
                @if (showDate() && w.publishAt) {
                  · {{ w.publishAt | ptAdminDate: language.tag() }}
                }
              </span>
            </li>
          }
        </ul>
      }
    </section>
  `,
})
export class WorkListComponent {
  protected readonly language = inject(AdminLanguageStore);
  readonly heading = input.required<string>();
  readonly empty = input.required<string>();
  readonly items = input.required<readonly WorkItem[]>();
  readonly showDate = input(false);

  protected link(w: WorkItem): string {
    const section = CONTENT_SECTIONS[w.section];
    return `${section.route}/${section.reference ? w.key : w.id}`;
  }
}
