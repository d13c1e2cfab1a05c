import { Pipe, type PipeTransform } from '@angular/core';

/** Date and time for staff (who need the hour too), in the admin UI's locale tag. */
@Pipe({ name: 'ptAdminDate' })
export class AdminDatePipe implements PipeTransform {
  transform(value: string | null | undefined, tag: string): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}
