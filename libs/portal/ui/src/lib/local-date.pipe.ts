import { Pipe, type PipeTransform } from '@angular/core';

/** Formats an ISO date for a BCP 47 locale tag with Intl (no Angular locale data needed). */
@Pipe({ name: 'ptLocalDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | number | Date | null | undefined, tag: string): string {
    if (value === null || value === undefined || value === '') return '';
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(date);
  }
}
