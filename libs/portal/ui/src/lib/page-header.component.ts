import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The page's single h1 and its lead paragraph. The header is passage `p0`: search and the
 * assistant cite a page's opening facts or summary with that anchor (body passages are
 * `p1`, `p2`, ...), so such a citation lands here.
 */
@Component({
  selector: 'pt-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<header id="p0" class="page-header">
    @if (eyebrow()) {
      <p class="page-header__eyebrow">{{ eyebrow() }}</p>
    }
    <h1 class="page-header__title">{{ heading() }}</h1>
    @if (lead()) {
      <p class="page-header__lead">{{ lead() }}</p>
    }
    <ng-content />
  </header>`,
  styles: `
    .page-header {
      margin-block: var(--pt-space-4) var(--pt-space-4);
    }
    .page-header__eyebrow {
      margin: 0;
      color: var(--pt-muted);
      font-size: 0.9rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .page-header__title {
      margin: var(--pt-space-1) 0 0;
      font-size: clamp(1.6rem, 1.2rem + 2vw, 2.4rem);
      line-height: 1.2;
      overflow-wrap: anywhere;
    }
    .page-header__lead {
      margin: var(--pt-space-2) 0 0;
      font-size: 1.15rem;
      color: var(--pt-text-soft);
      max-width: 70ch;
    }
  `,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
  readonly lead = input<string>();
  readonly eyebrow = input<string>();
}
