import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';

/**
 * An HTML field of the API (a page body, a description) rendered as markup, never as
 * escaped text. The API sanitizes these fields with sanitize-html when they are saved and
 * served; Angular's own sanitizer would strip the passage ids (p1, p2, ...) that search
 * hits and citations link to with `#pN`, so the API's result is trusted as it is.
 */
@Component({
  selector: 'pt-body-html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="pt-prose" [attr.lang]="lang()" [innerHTML]="trusted()"></div>`,
})
export class BodyHtmlComponent {
  readonly html = input.required<string>();
  /** Language of the text when it may differ from the page's (a fallback translation). */
  readonly lang = input<string>();

  private readonly sanitizer = inject(DomSanitizer);
  protected readonly trusted = computed(() => this.sanitizer.bypassSecurityTrustHtml(this.html()));
}
