import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** A failed load: what happened and, when it makes sense, a way to try again. */
@Component({
  selector: 'pt-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<section class="error" role="alert">
    <h2 class="error__heading">{{ heading() }}</h2>
    @if (message()) {
      <p>{{ message() }}</p>
    }
    @if (retryLabel()) {
      <button type="button" class="pt-button" (click)="retry.emit()">{{ retryLabel() }}</button>
    }
  </section>`,
  styles: `
    .error {
      border: 1px solid var(--pt-error);
      background: var(--pt-error-bg);
      border-radius: var(--pt-radius);
      padding: var(--pt-space-3);
      margin-block: var(--pt-space-3);
    }
    .error__heading {
      font-size: 1.15rem;
      margin: 0 0 var(--pt-space-2);
    }
  `,
})
export class ErrorStateComponent {
  readonly heading = input.required<string>();
  readonly message = input<string>();
  readonly retryLabel = input<string>();
  readonly retry = output<void>();
}
