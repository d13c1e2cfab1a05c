import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { SearchBoxComponent } from './search-box.component';

describe('SearchBoxComponent', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTranslateService(),
      ],
    });
  });

  afterEach(() => jest.useRealTimers());

  function setup() {
    const fixture = TestBed.createComponent(SearchBoxComponent);
    fixture.componentRef.setInput('lang', 'en');
    fixture.componentRef.setInput('boxId', 'pt-test');
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector('form[role=search] input[type=search]') as HTMLInputElement;
    const http = TestBed.inject(HttpTestingController);
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      jest.advanceTimersByTime(200);
    };
    const key = (k: string) => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: k, cancelable: true }));
      fixture.detectChanges();
    };
    return { fixture, el, input, http, type, key };
  }

  it('is a combobox that owns a listbox of suggestions from the API', () => {
    const { fixture, el, input, http, type } = setup();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type('germ');
    http
      .expectOne((r) => r.url === '/api/search/suggest' && r.params.get('q') === 'germ')
      .flush([{ text: 'Germany', url: '/en/countries/de' }, { text: 'german' }]);
    fixture.detectChanges();
    const list = el.querySelector('[role=listbox]') as HTMLElement;
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(list.id).toBe('pt-test-list');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect([...list.querySelectorAll('[role=option]')].map((o) => o.textContent?.trim())).toEqual([
      'Germany',
      'german',
    ]);
    http.verify();
  });

  it('moves the active option with the arrow keys, opens it with Enter, closes with Escape', () => {
    const { fixture, el, input, http, type, key } = setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    type('germ');
    http
      .expectOne(() => true)
      .flush([{ text: 'Germany', url: '/en/countries/de#p1' }, { text: 'german' }]);
    fixture.detectChanges();
    key('ArrowDown');
    key('ArrowDown');
    const options = el.querySelectorAll('[role=option]');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1].id);
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    key('ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0].id);
    key('Enter');
    expect(navigate).toHaveBeenCalledWith(['/en/countries/de'], { fragment: 'p1' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    type('germa');
    http.expectOne(() => true).flush([{ text: 'german' }]);
    fixture.detectChanges();
    key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('submits to the search page in the current language', () => {
    const { el, input } = setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    input.value = ' polizia ';
    (el.querySelector('form') as HTMLFormElement).dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    expect(navigate).toHaveBeenCalledWith(['/', 'en', 'search'], { queryParams: { q: 'polizia' } });
  });
});
