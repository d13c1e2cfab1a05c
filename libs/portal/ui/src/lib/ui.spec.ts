import { TestBed } from '@angular/core/testing';
import { ErrorStateComponent } from './error-state.component';
import { LocalDatePipe } from './local-date.pipe';
import { LocalNumberPipe } from './local-number.pipe';

describe('LocalDatePipe and LocalNumberPipe', () => {
  it('format per locale with Intl', () => {
    const date = TestBed.runInInjectionContext(() => new LocalDatePipe());
    expect(date.transform('2026-03-05T12:00:00Z', 'de-DE')).toBe('5. März 2026');
    expect(date.transform('2026-03-05T12:00:00Z', 'it-IT')).toBe('5 marzo 2026');
    expect(date.transform('not a date', 'en-GB')).toBe('');
    expect(
      TestBed.runInInjectionContext(() => new LocalNumberPipe()).transform(1234.5, 'fr-FR'),
    ).toBe('1\u202f234,5');
  });

  it('build one formatter per kind and language, however many values they format', () => {
    const built = jest.spyOn(Intl, 'DateTimeFormat');
    const date = TestBed.runInInjectionContext(() => new LocalDatePipe());
    for (const day of ['01', '02', '03']) date.transform(`2025-07-${day}T12:00:00Z`, 'es-ES');
    expect(date.transform('2025-07-04T12:00:00Z', 'es-ES')).toBe('4 de julio de 2025');
    expect(built).toHaveBeenCalledTimes(1);
    date.transform('2025-07-04T12:00:00Z', 'ru-RU');
    expect(built).toHaveBeenCalledTimes(2);
    built.mockRestore();
  });
});

describe('ErrorStateComponent', () => {
  it('announces the error and emits retry', () => {
    const fixture = TestBed.createComponent(ErrorStateComponent);
    fixture.componentRef.setInput('heading', 'Failed');
    fixture.componentRef.setInput('retryLabel', 'Try again');
    let retried = 0;
    fixture.componentInstance.retry.subscribe(() => retried++);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role=alert] h2')?.textContent).toBe('Failed');
    el.querySelector('button')?.click();
    expect(retried).toBe(1);
  });
});
