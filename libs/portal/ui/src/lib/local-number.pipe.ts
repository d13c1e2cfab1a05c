import { Pipe, type PipeTransform } from '@angular/core';
import { formatterFor } from './intl-cache';

/** Formats a number for a BCP 47 locale tag with Intl. */
@Pipe({ name: 'ptLocalNumber' })
export class LocalNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, tag: string): string {
    return typeof value === 'number'
      ? formatterFor('number', tag, () => new Intl.NumberFormat(tag)).format(value)
      : '';
  }
}
