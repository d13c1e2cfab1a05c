import { Directive, ElementRef, afterNextRender, effect, inject, input } from '@angular/core';

/**
 * Gives a text field its value without taking away what the visitor typed before the app
 * started. A `[value]` property binding is set again when the server-rendered page is
 * hydrated, which empties a field the visitor had already typed into (a slow connection
 * makes that window seconds long). The first value goes out as the `value` attribute, which
 * the server renders and a field the visitor has typed into ignores; later changes (a new
 * search, the back button) are written to the field itself.
 *
 * Once the app runs, a field holding text the component has not seen announces it with an
 * `input` event, so the component's own `(input)` handler catches up with the visitor.
 */
@Directive({
  selector: 'input[ptValue]',
  host: { '[attr.value]': 'ptValue() || null' },
})
export class FieldValueDirective {
  readonly ptValue = input('');

  constructor() {
    const field = inject<ElementRef<HTMLInputElement>>(ElementRef).nativeElement;
    let first = true;
    effect(() => {
      const value = this.ptValue();
      if (first) {
        first = false;
        return;
      }
      if (field.value !== value) field.value = value;
    });
    afterNextRender(() => {
      if (field.value !== this.ptValue()) {
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
  }
}
