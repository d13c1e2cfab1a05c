import { ChangeDetectionStrategy, Component } from '@angular/core';
import { NotFoundComponent } from '../common/not-found.component';

/** The page of an address no route matches. */
@Component({
  selector: 'pt-not-found-page',
  imports: [NotFoundComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-not-found />`,
})
export class NotFoundPageComponent {}
