import { Pipe, inject, type PipeTransform } from '@angular/core';
import { formatterFor } from './intl-cache';
import { IntlResults } from './intl-results';

/** Formats a number for a BCP 47 locale tag with Intl, reusing the server's results. */
@Pipe({ name: 'ptLocalNumber' })
export class LocalNumberPipe implements PipeTransform {
  private readonly intl = inject(IntlResults);

  transform(value: number | null | undefined, tag: string): string {
    if (typeof value !== 'number') return '';
    return this.intl.remember(`number\u0000${tag}\u0000${value}`, () =>
      formatterFor('number', tag, () => new Intl.NumberFormat(tag)).format(value),
    );
  }
}
