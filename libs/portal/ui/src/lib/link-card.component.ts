import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** A card whose heading is a link; the whole card is not clickable, so text stays selectable. */
@Component({
  selector: 'pt-link-card',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<article class="card">
    @if (eyebrow()) {
      <p class="card__eyebrow">{{ eyebrow() }}</p>
    }
    <h3 class="card__heading">
      <a [routerLink]="link()">{{ heading() }}</a>
    </h3>
    @if (description()) {
      <p class="card__text">{{ description() }}</p>
    }
    <ng-content />
  </article>`,
  styles: `
    :host {
      display: block;
    }
    .card {
      height: 100%;
      box-sizing: border-box;
      border: 1px solid var(--pt-border);
      border-radius: var(--pt-radius);
      background: var(--pt-surface);
      padding: var(--pt-space-3);
    }
    .card__eyebrow {
      margin: 0 0 var(--pt-space-1);
      font-size: 0.875rem;
      color: var(--pt-muted);
    }
    .card__heading {
      margin: 0;
      font-size: 1.1rem;
      line-height: 1.35;
    }
    .card__heading a {
      display: inline-block;
      min-height: 24px;
    }
    .card__text {
      margin: var(--pt-space-2) 0 0;
      color: var(--pt-text-soft);
    }
  `,
})
export class LinkCardComponent {
  readonly heading = input.required<string>();
  readonly link = input.required<string | readonly unknown[]>();
  readonly description = input<string>();
  readonly eyebrow = input<string>();
}
