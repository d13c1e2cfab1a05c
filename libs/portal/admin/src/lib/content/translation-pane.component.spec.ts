import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import type { Locale } from '@portal/domain/locales';
import type { FieldEdit } from './translation-form.component';
import type { LocaleTab } from './locale-tabs.component';
import { TranslationPaneComponent } from './translation-pane.component';

// The preview is not opened here; marked ships only as an ES module, which jest does not load.
jest.mock('marked', () => ({ marked: { parse: (text: string) => text } }));

const TABS: LocaleTab[] = [
  { locale: 'en', state: 'published', dirty: false },
  { locale: 'fr', state: 'draft', dirty: true },
  { locale: 'de', state: 'missing', dirty: false },
];

const draft = (title: string) => ({ title, summary: '', body: '', format: 'markdown' as const });

describe('TranslationPaneComponent', () => {
  it('shows the open language in the panel its tab controls, beside the source text', () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(TranslationPaneComponent);
    fixture.componentRef.setInput('tabs', TABS);
    fixture.componentRef.setInput('selected', 'fr');
    fixture.componentRef.setInput('draft', draft('Police'));
    fixture.componentRef.setInput('source', draft('Policing'));
    fixture.componentRef.setInput('sourceLocale', 'en');
    fixture.detectChanges();
    const selected: Locale[] = [];
    const edits: FieldEdit[] = [];
    fixture.componentInstance.selectedChange.subscribe((l) => selected.push(l));
    fixture.componentInstance.fieldChange.subscribe((e) => edits.push(e));
    const element = fixture.nativeElement as HTMLElement;

    const panel = element.querySelector('[role="tabpanel"]') as HTMLElement;
    const tab = element.querySelector(`#${panel.getAttribute('aria-labelledby')}`) as HTMLElement;
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(tab.getAttribute('aria-controls')).toBe(panel.id);
    expect(tab.textContent).toContain('Français');
    const title = panel.querySelector('#tr-fr-title') as HTMLInputElement;
    expect(title.value).toBe('Police');
    expect(panel.textContent).toContain('Policing');

    title.value = 'Police aux frontières';
    title.dispatchEvent(new Event('input'));
    tab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
    expect(edits).toEqual([{ field: 'title', value: 'Police aux frontières' }]);
    expect(selected).toEqual(['de']);
  });
});
