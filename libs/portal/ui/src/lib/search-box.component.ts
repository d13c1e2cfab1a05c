import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { SearchSuggestion } from '@portal/domain/content';
import { Subject, Subscription, debounceTime } from 'rxjs';
import { FieldValueDirective } from './field-value.directive';
import { splitUrl } from './split-url';

/** The longest query the API takes (API.md), in characters. */
const MAX_QUERY = 500;

/**
 * The site's one search field with suggestions, used in the header, on the home page and
 * on the search page. It follows the ARIA combobox pattern (APG "list autocomplete"): the
 * input owns a listbox, arrow keys move the active option (announced through
 * aria-activedescendant while focus stays in the input), Enter opens it, Escape closes the
 * list. Without JavaScript it is still a plain GET form to /:lang/search.
 */
@Component({
  selector: 'pt-search-box',
  imports: [TranslatePipe, FieldValueDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      role="search"
      class="box"
      [class.box--hero]="variant() === 'hero'"
      [attr.action]="'/' + lang() + '/search'"
      [attr.aria-label]="label() || 'search.box.label' | translate"
      method="get"
      (submit)="submit($event)"
    >
      <label
        [class.box__label]="labelVisible()"
        [class.pt-visually-hidden]="!labelVisible()"
        [for]="boxId() + '-input'"
        >{{ label() || 'search.box.label' | translate }}</label
      >
      <div class="box__row">
        <input
          #field
          class="box__input"
          type="search"
          name="q"
          [id]="boxId() + '-input'"
          autocomplete="off"
          enterkeyhint="search"
          maxlength="500"
          role="combobox"
          aria-autocomplete="list"
          [attr.aria-expanded]="open()"
          [attr.aria-controls]="boxId() + '-list'"
          [attr.aria-activedescendant]="active() >= 0 ? boxId() + '-opt-' + active() : null"
          [attr.placeholder]="'search.box.placeholder' | translate"
          [ptValue]="initial()"
          (input)="typed(field.value)"
          (keydown)="key($event)"
          (blur)="close()"
        />
        <button class="box__button" type="submit">{{ 'search.box.submit' | translate }}</button>
        <ul
          class="box__list"
          role="listbox"
          [id]="boxId() + '-list'"
          [attr.aria-label]="'search.box.suggestions' | translate"
          [hidden]="!open()"
        >
          @for (s of suggestions(); track $index) {
            <!-- Options take no focus: keys are handled on the input, as the combobox pattern says. -->
            <!-- eslint-disable-next-line @angular-eslint/template/click-events-have-key-events, @angular-eslint/template/interactive-supports-focus -->
            <li
              class="box__option"
              role="option"
              [id]="boxId() + '-opt-' + $index"
              [attr.aria-selected]="$index === active()"
              [class.box__option--active]="$index === active()"
              (mousedown)="$event.preventDefault()"
              (click)="choose(s)"
            >
              {{ s.text }}
            </li>
          }
        </ul>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .box__row {
      position: relative;
      display: flex;
      min-width: 0;
    }
    .box__label {
      display: block;
      margin-bottom: 0.4rem;
      font-weight: 600;
    }
    .box__input {
      flex: 1 1 auto;
      min-width: 0;
      min-height: 44px;
      padding: 0 0.75rem;
      border: 1px solid var(--pt-border-strong);
      border-right: 0;
      border-radius: var(--pt-radius) 0 0 var(--pt-radius);
      font: inherit;
      background: var(--pt-surface);
      color: var(--pt-text);
    }
    .box__button {
      min-height: 44px;
      padding: 0 1rem;
      border: 1px solid var(--pt-brand);
      border-radius: 0 var(--pt-radius) var(--pt-radius) 0;
      background: var(--pt-brand);
      color: var(--pt-on-brand);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .box__button:hover {
      background: var(--pt-brand-strong);
    }
    .box--hero .box__input,
    .box--hero .box__button {
      min-height: 52px;
      font-size: 1.1rem;
    }
    .box__list {
      position: absolute;
      top: 100%;
      left: 0;
      right: 0;
      z-index: 30;
      margin: 2px 0 0;
      padding: 0.25rem 0;
      list-style: none;
      background: var(--pt-surface);
      color: var(--pt-text);
      border: 1px solid var(--pt-border-strong);
      border-radius: var(--pt-radius);
      box-shadow: var(--pt-shadow);
    }
    .box__list[hidden] {
      display: none;
    }
    .box__option {
      padding: 0.5rem 0.75rem;
      cursor: pointer;
    }
    .box__option--active,
    .box__option:hover {
      background: var(--pt-hover);
    }
  `,
})
export class SearchBoxComponent {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  /** The visitor's language: suggestions in it, and the search page under it. */
  readonly lang = input.required<string>();
  /** Text to start with (the search page passes the current query). */
  readonly initial = input('');
  /** The prefix of the field's ids; one per box on a page, stable between server and browser. */
  readonly boxId = input.required<string>();
  /** A translation key for the label, when the place needs its own wording. */
  readonly label = input('');
  /** The label is shown above the field (home page) or only read out (header, search page). */
  readonly labelVisible = input(false);
  readonly variant = input<'compact' | 'hero'>('compact');
  protected readonly suggestions = signal<readonly SearchSuggestion[]>([]);
  protected readonly active = signal(-1);
  protected readonly open = signal(false);
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('field');
  private readonly input$ = new Subject<string>();
  private request?: Subscription;

  constructor() {
    const sub = this.input$.pipe(debounceTime(150)).subscribe((q) => this.fetch(q));
    inject(DestroyRef).onDestroy(() => {
      sub.unsubscribe();
      this.request?.unsubscribe();
    });
  }

  protected typed(value: string): void {
    this.input$.next(value);
  }

  protected key(event: KeyboardEvent): void {
    const count = this.suggestions().length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        event.preventDefault();
        this.open.set(true);
        this.active.set((this.active() + 1) % count);
        break;
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        this.open.set(true);
        this.active.set(this.active() <= 0 ? count - 1 : this.active() - 1);
        break;
      case 'Escape':
        if (this.open()) {
          event.preventDefault();
          this.close();
        }
        break;
      case 'Enter': {
        const chosen = this.open() ? this.suggestions()[this.active()] : undefined;
        if (chosen) {
          event.preventDefault();
          this.choose(chosen);
        }
        break;
      }
    }
  }

  protected close(): void {
    this.open.set(false);
    this.active.set(-1);
  }

  protected choose(s: SearchSuggestion): void {
    this.close();
    if (s.url) {
      const { path, fragment } = splitUrl(s.url);
      void this.router.navigate([path], { fragment });
    } else {
      this.field().nativeElement.value = s.text;
      this.go(s.text);
    }
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.close();
    this.go(this.field().nativeElement.value);
  }

  private go(q: string): void {
    const text = q.trim();
    if (!text) return;
    void this.router.navigate(['/', this.lang(), 'search'], { queryParams: { q: text } });
  }

  private fetch(q: string): void {
    this.request?.unsubscribe();
    const text = q.trim();
    if (text.length < 2 || text.length > MAX_QUERY) {
      this.suggestions.set([]);
      this.close();
      return;
    }
    this.request = this.http
      .get<SearchSuggestion[]>('/api/search/suggest', { params: { q: text, lang: this.lang() } })
      .subscribe({
        next: (list) => {
          this.suggestions.set(list);
          this.active.set(-1);
          this.open.set(list.length > 0);
        },
        error: () => this.suggestions.set([]),
      });
  }
}
