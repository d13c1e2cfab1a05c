import { Pipe, type PipeTransform } from '@angular/core';

/** Formats a number for a BCP 47 locale tag with Intl. */
@Pipe({ name: 'ptLocalNumber' })
export class LocalNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, tag: string): string {
    return typeof value === 'number' ? new Intl.NumberFormat(tag).format(value) : '';
  }
}
