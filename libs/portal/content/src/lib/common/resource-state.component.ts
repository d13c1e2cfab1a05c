import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorStateComponent, LoadingComponent } from '@portal/portal/ui';
import { isNotFound, useResponseStatus } from './page-meta';

interface Reloadable {
  isLoading(): boolean;
  error(): unknown;
  reload(): boolean;
}

/**
 * Loading, not-found and error states of one HTTP resource; the page renders its content
 * itself once `resource.hasValue()`.
 */
@Component({
  selector: 'pt-resource-state',
  imports: [TranslatePipe, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (resource().isLoading()) {
      <pt-loading [label]="'common.loading' | translate" />
    } @else if (notFound()) {
      <pt-error-state
        [heading]="'common.notFound.title' | translate"
        [message]="'common.notFound.itemMessage' | translate"
      />
    } @else if (resource().error()) {
      <pt-error-state
        [heading]="'common.error.title' | translate"
        [message]="'common.error.message' | translate"
        [retryLabel]="'common.retry' | translate"
        (retry)="resource().reload()"
      />
    }`,
})
export class ResourceStateComponent {
  readonly resource = input.required<Reloadable>();
  protected readonly notFound = computed(() => isNotFound(this.resource().error()));

  constructor() {
    useResponseStatus(() => (this.notFound() ? 404 : this.resource().error() ? 502 : undefined));
  }
}
