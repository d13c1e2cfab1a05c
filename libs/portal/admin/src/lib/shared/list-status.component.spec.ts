import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { ReadableError } from '../data-access/api-error';
import { ListStatusComponent } from './list-status.component';

@Component({
  imports: [ListStatusComponent],
  template: `<pt-admin-list-status [error]="error()" [count]="count()" [loading]="loading()">
    @if (done()) {
      <span class="done">Saved.</span>
    }
  </pt-admin-list-status>`,
})
class ListScreenComponent {
  readonly error = signal<ReadableError | null>(null);
  readonly count = signal<number | null>(3);
  readonly loading = signal(false);
  readonly done = signal(false);
}

describe('ListStatusComponent', () => {
  function setup() {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', {
      admin: {
        common: { count: '{{count}} results', loading: 'Loading…' },
        errors: { server: 'The server failed.' },
      },
    });
    translate.use('en');
    const fixture = TestBed.createComponent(ListScreenComponent);
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;
    const status = () => host.querySelector('[role="status"]')?.textContent?.trim();
    return { fixture, host, status };
  }

  it('says the count in a status line, after the outcome of the last action', () => {
    const { fixture, host, status } = setup();
    expect(status()).toBe('3 results');
    expect(host.querySelector('[role="alert"]')).toBeNull();

    fixture.componentInstance.done.set(true);
    fixture.detectChanges();
    expect(status()?.replace(/\s+/g, ' ')).toBe('Saved. 3 results');

    fixture.componentInstance.count.set(null);
    fixture.detectChanges();
    expect(status()).toBe('Saved.');
  });

  it('announces an error as an alert and says "loading" instead of a count while loading', () => {
    const { fixture, host, status } = setup();
    fixture.componentInstance.error.set({
      status: 500,
      key: 'admin.errors.server',
      message: 'Database down',
      details: [],
    });
    fixture.componentInstance.loading.set(true);
    fixture.detectChanges();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('The server failed.');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Database down');
    expect(status()).toBe('Loading…');
  });
});
