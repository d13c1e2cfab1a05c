import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Loading state, announced politely to screen readers. */
@Component({
  selector: 'pt-loading',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="loading" role="status">
    <span class="loading__dot" aria-hidden="true"></span>{{ label() }}
  </p>`,
  styles: `
    .loading {
      display: flex;
      align-items: center;
      gap: var(--pt-space-2);
      color: var(--pt-muted);
      min-height: 3rem;
    }
    .loading__dot {
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 50%;
      background: var(--pt-accent);
      animation: pt-pulse 1s ease-in-out infinite alternate;
    }
    @keyframes pt-pulse {
      from {
        opacity: 0.3;
      }
      to {
        opacity: 1;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .loading__dot {
        animation: none;
      }
    }
  `,
})
export class LoadingComponent {
  readonly label = input.required<string>();
}
