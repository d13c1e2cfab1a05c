import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { Locale } from '@portal/domain/locales';
import { CONTENT_SECTIONS } from '../data-access/content-sections';
import { ItemFieldsComponent } from './item-fields.component';

function render(inputs: Record<string, unknown>) {
  TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  const fixture = TestBed.createComponent(ItemFieldsComponent);
  fixture.componentRef.setInput('section', CONTENT_SECTIONS.pages);
  fixture.componentRef.setInput('sourceLocale', 'en');
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const events: string[] = [];
  const c = fixture.componentInstance;
  c.slugChange.subscribe((v) => events.push(`slug ${v}`));
  c.categoryChange.subscribe((v) => events.push(`category ${v}`));
  c.sourceLocaleChoice.subscribe((v) => events.push(`source ${v}`));
  c.compareWithChange.subscribe((v) => events.push(`compare ${v}`));
  const field = <T extends HTMLElement>(id: string) => element.querySelector(`#${id}`) as T | null;
  const pick = (id: string, value: string) => {
    const select = field<HTMLSelectElement>(id) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    fixture.detectChanges();
  };
  return { fixture, element, events, field, pick };
}

describe('ItemFieldsComponent', () => {
  it('edits the address, marked invalid and described by its hint', () => {
    const { fixture, events, field } = render({ slug: 'policing' });
    const slug = field<HTMLInputElement>('editor-slug') as HTMLInputElement;
    expect(slug.value).toBe('policing');
    expect(slug.getAttribute('aria-describedby')).toBe('editor-slug-hint');
    expect(slug.hasAttribute('aria-invalid')).toBe(false);
    slug.value = 'Policing!';
    slug.dispatchEvent(new Event('input'));
    fixture.componentRef.setInput('slugInvalid', true);
    fixture.detectChanges();
    expect(slug.getAttribute('aria-invalid')).toBe('true');
    expect(events).toEqual(['slug Policing!']);
  });

  it('shows reference data its key instead of an address, and a category only to new programmes', () => {
    const reference = render({ section: CONTENT_SECTIONS.countries, itemKey: 'mk' });
    expect(reference.field('editor-slug')).toBeNull();
    expect(reference.element.querySelector('code')?.textContent).toBe('mk');
    expect(reference.field('editor-category')).toBeNull();
    TestBed.resetTestingModule();

    const programme = render({ section: CONTENT_SECTIONS.programmes, isNew: true });
    programme.pick('editor-category', 'transnational-threats');
    expect(programme.events).toEqual(['category transnational-threats']);
    programme.fixture.componentRef.setInput('isNew', false);
    programme.fixture.detectChanges();
    expect(programme.field('editor-category')).toBeNull();
  });

  it('asks for another source language and shows the one in force until it changes', () => {
    const { fixture, events, field, pick } = render({});
    const source = field<HTMLSelectElement>('editor-source-locale') as HTMLSelectElement;
    expect(source.getAttribute('aria-describedby')).toBe('editor-source-locale-hint');
    pick('editor-source-locale', 'en');
    pick('editor-source-locale', 'fr');
    expect(events).toEqual(['source fr']);
    expect(source.value).toBe('en');
    fixture.componentRef.setInput('sourceLocale', 'fr' satisfies Locale);
    fixture.detectChanges();
    expect(source.value).toBe('fr');
  });

  it('compares with a language that has a text, or with none', () => {
    const { events, field, pick } = render({ compareOptions: ['en', 'de'], compareWith: 'en' });
    const compare = field<HTMLSelectElement>('editor-source') as HTMLSelectElement;
    expect([...compare.options].map((o) => o.value)).toEqual(['', 'en', 'de']);
    expect(compare.value).toBe('en');
    pick('editor-source', 'de');
    pick('editor-source', '');
    expect(events).toEqual(['compare de', 'compare null']);
  });
});
