import { Pipe, inject, type PipeTransform } from '@angular/core';
import { formatterFor } from './intl-cache';
import { IntlResults } from './intl-results';

/**
 * Formats an ISO date for a BCP 47 locale tag with Intl (no Angular locale data needed);
 * the browser reuses what the server formatted for the page (see `IntlResults`).
 */
@Pipe({ name: 'ptLocalDate' })
export class LocalDatePipe implements PipeTransform {
  private readonly intl = inject(IntlResults);

  transform(value: string | number | Date | null | undefined, tag: string): string {
    if (value === null || value === undefined || value === '') return '';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return this.intl.remember(`date\u0000${tag}\u0000${date.toISOString()}`, () =>
      formatterFor('date', tag, () => new Intl.DateTimeFormat(tag, { dateStyle: 'long' })).format(
        date,
      ),
    );
  }
}
