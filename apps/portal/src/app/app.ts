import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';
import { RouterOutlet } from '@angular/router';

/**
 * Root: everything visible lives in the routed shell, which knows the locale. It also
 * carries the global styles, unencapsulated: server rendering then inlines them in the
 * page's head, where a separate stylesheet would block the first paint for a round trip.
 */
@Component({
  selector: 'pt-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './global-styles.css',
  template: '<router-outlet />',
})
export class App {}
