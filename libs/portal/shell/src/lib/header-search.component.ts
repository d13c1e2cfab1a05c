import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router } from '@angular/router';

/**
 * The header's site search. A real GET form, so it works before hydration too; once the
 * app runs it navigates in-app to `/:lang/search?q=`.
 */
@Component({
  selector: 'pt-header-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<form
    class="search"
    role="search"
    method="get"
    [attr.action]="'/' + lang() + '/search'"
    [attr.aria-label]="label()"
    (submit)="submit($event, query.value)"
  >
    <label class="pt-visually-hidden" for="pt-header-q">{{ label() }}</label>
    <input
      #query
      id="pt-header-q"
      class="search__input"
      type="search"
      name="q"
      autocomplete="off"
      enterkeyhint="search"
      maxlength="500"
      [attr.placeholder]="placeholder()"
    />
    <button class="search__button" type="submit">{{ buttonLabel() }}</button>
  </form>`,
  styles: `
    .search {
      display: flex;
      min-width: 0;
    }
    .search__input {
      flex: 1 1 auto;
      min-width: 0;
      min-height: 40px;
      padding: 0 0.75rem;
      border: 1px solid var(--pt-border-strong);
      border-right: 0;
      border-radius: var(--pt-radius) 0 0 var(--pt-radius);
      font: inherit;
      background: var(--pt-surface);
      color: var(--pt-text);
    }
    .search__button {
      min-height: 40px;
      padding: 0 1rem;
      border: 1px solid var(--pt-brand);
      border-radius: 0 var(--pt-radius) var(--pt-radius) 0;
      background: var(--pt-brand);
      color: var(--pt-on-brand);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .search__button:hover {
      background: var(--pt-brand-strong);
    }
  `,
})
export class HeaderSearchComponent {
  readonly lang = input.required<string>();
  readonly label = input.required<string>();
  readonly placeholder = input<string>('');
  readonly buttonLabel = input.required<string>();

  private readonly router = inject(Router);

  protected submit(event: Event, value: string): void {
    event.preventDefault();
    const q = value.trim();
    if (!q) return;
    void this.router.navigate(['/', this.lang(), 'search'], { queryParams: { q } });
  }
}
