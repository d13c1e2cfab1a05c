import { Pipe, type PipeTransform } from '@angular/core';
import { formatterFor } from './intl-cache';

/** Formats an ISO date for a BCP 47 locale tag with Intl (no Angular locale data needed). */
@Pipe({ name: 'ptLocalDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | number | Date | null | undefined, tag: string): string {
    if (value === null || value === undefined || value === '') return '';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return formatterFor(
      'date',
      tag,
      () => new Intl.DateTimeFormat(tag, { dateStyle: 'long' }),
    ).format(date);
  }
}
