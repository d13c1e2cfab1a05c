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
import { LocaleStore } from '@portal/portal/data-access';
import { Subject, Subscription, debounceTime } from 'rxjs';
import { splitUrl } from './search-url';

let nextId = 0;

/**
 * The search field with suggestions, following the ARIA combobox pattern (APG "list
 * autocomplete"): the input owns a listbox, arrow keys move the active option (announced
 * through aria-activedescendant while focus stays in the input), Enter opens it, Escape
 * closes the list. Without JavaScript it is still a plain GET form to /:lang/search.
 */
@Component({
  selector: 'pt-search-box',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      role="search"
      class="search-box"
      [attr.action]="'/' + lang() + '/search'"
      method="get"
      (submit)="submit($event)"
    >
      <label class="visually-hidden" [for]="id + '-input'">{{
        'search.box.label' | translate
      }}</label>
      <input
        #field
        type="search"
        name="q"
        [id]="id + '-input'"
        autocomplete="off"
        maxlength="500"
        role="combobox"
        aria-autocomplete="list"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="id + '-list'"
        [attr.aria-activedescendant]="active() >= 0 ? id + '-opt-' + active() : null"
        [placeholder]="'search.box.placeholder' | translate"
        [value]="initial()"
        (input)="typed(field.value)"
        (keydown)="key($event)"
        (blur)="close()"
      />
      <button type="submit">{{ 'search.box.submit' | translate }}</button>
      <ul
        role="listbox"
        [id]="id + '-list'"
        [attr.aria-label]="'search.box.suggestions' | translate"
        [hidden]="!open()"
      >
        @for (s of suggestions(); track $index) {
          <!-- Options take no focus: keys are handled on the input, as the combobox pattern says. -->
          <!-- eslint-disable-next-line @angular-eslint/template/click-events-have-key-events, @angular-eslint/template/interactive-supports-focus -->
          <li
            role="option"
            [id]="id + '-opt-' + $index"
            [attr.aria-selected]="$index === active()"
            [class.active]="$index === active()"
            (mousedown)="$event.preventDefault()"
            (click)="choose(s)"
          >
            {{ s.text }}
          </li>
        }
      </ul>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .search-box {
      position: relative;
      display: flex;
      gap: 0.25rem;
    }
    input {
      flex: 1;
      min-width: 0;
      padding: 0.4rem 0.5rem;
      font: inherit;
    }
    button {
      font: inherit;
      padding: 0.4rem 0.75rem;
    }
    ul {
      position: absolute;
      top: 100%;
      left: 0;
      right: 0;
      z-index: 10;
      margin: 0;
      padding: 0;
      list-style: none;
      background: #fff;
      color: #1a1a1a;
      border: 1px solid #767676;
    }
    li {
      padding: 0.4rem 0.5rem;
      cursor: pointer;
    }
    li.active,
    li:hover {
      background: #dbe9f7;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class SearchBoxComponent {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  protected readonly lang = inject(LocaleStore).lang;
  /** Text to start with (the search page passes the current query). */
  readonly initial = input('');
  protected readonly id = `pt-search-${nextId++}`;
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
    if (text.length < 2 || text.length > 500) {
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
