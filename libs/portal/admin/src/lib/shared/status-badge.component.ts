import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** A workflow or processing state as a small labelled badge (text, never colour alone). */
@Component({
  selector: 'pt-status-badge',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [class]="classes()">{{ 'admin.status.' + status() | translate }}</span>`,
})
export class StatusBadgeComponent {
  readonly status = input.required<string>();
  protected readonly classes = computed(() => `pt-badge pt-badge--${this.status()}`);
}
