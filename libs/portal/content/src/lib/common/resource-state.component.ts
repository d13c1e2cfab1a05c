import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ErrorStateComponent, LoadingComponent } from '@portal/portal/ui';
import { NotFoundComponent } from './not-found.component';
import { isNotFound, useResponseStatus } from './page-meta';

interface Reloadable {
  isLoading(): boolean;
  error(): unknown;
  reload(): boolean;
}

/**
 * Loading, not-found (a 404 with the ways on) and error states of one HTTP resource; the page renders its content
 * itself once `resource.hasValue()`.
 */
@Component({
  selector: 'pt-resource-state',
  imports: [TranslatePipe, LoadingComponent, ErrorStateComponent, NotFoundComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `@if (resource().isLoading()) {
      <pt-loading [label]="'common.loading' | translate" />
    } @else if (notFound()) {
      <pt-not-found message="common.notFound.itemMessage" />
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
    // A missing item's 404 is set by the not-found view.
    useResponseStatus(() => (!this.notFound() && this.resource().error() ? 502 : undefined));
  }
}
