import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FieldValueDirective } from './field-value.directive';

@Component({
  imports: [FieldValueDirective],
  template: `<input [ptValue]="shown()" (input)="seen.set(field.value)" #field />`,
})
class HostComponent {
  readonly shown = signal('first');
  readonly seen = signal('');
}

describe('FieldValueDirective', () => {
  function setup(typedEarly?: string) {
    const fixture = TestBed.createComponent(HostComponent);
    const input = (fixture.nativeElement as HTMLElement).querySelector('input') as HTMLInputElement;
    // What a visitor types into the server-rendered field before the app's first render.
    if (typedEarly !== undefined) input.value = typedEarly;
    fixture.detectChanges();
    return { fixture, input };
  }

  it('gives the first value as the attribute, and writes later values to the field', () => {
    const { fixture, input } = setup();
    expect(input.getAttribute('value')).toBe('first');
    expect(input.value).toBe('first');
    input.value = 'edited by hand';
    fixture.componentInstance.shown.set('second');
    fixture.detectChanges();
    expect(input.value).toBe('second');
  });

  it('keeps text typed before the first render and tells the component about it', () => {
    const { fixture, input } = setup('vien');
    expect(input.value).toBe('vien');
    expect(fixture.componentInstance.seen()).toBe('vien');
  });
});
