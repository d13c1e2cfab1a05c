import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** What an editor sees at an admin-only address, instead of a silent redirect. */
@Component({
  selector: 'pt-admin-not-allowed-page',
  imports: [TranslatePipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'admin.notAllowed.title' | translate }}</h1>
    <p>{{ 'admin.notAllowed.text' | translate }}</p>
    <p>
      <a routerLink="/admin">{{ 'admin.notAllowed.back' | translate }}</a>
    </p>
  `,
})
export class NotAllowedPageComponent {}
