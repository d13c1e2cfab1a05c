import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  SecurityContext,
  computed,
  inject,
  input,
} from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
import { PASSAGE_BLOCKS, passageId } from '@portal/domain/content';

const PASSAGE_SELECTOR = PASSAGE_BLOCKS.join(',');

/**
 * An HTML field of the API (a page body, a description) rendered as markup, never as
 * escaped text. The API sanitizes these fields when they are saved and again when they are
 * served; here Angular's sanitizer cleans them a third time. It drops every id, so the
 * passage anchors (p1, p2, ...) that search hits and citations link to with `#pN` are
 * numbered again the way the API numbers them: every passage block, in document order.
 */
@Component({
  selector: 'pt-body-html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="pt-prose" [attr.lang]="lang()" [innerHTML]="anchored()"></div>`,
})
export class BodyHtmlComponent {
  readonly html = input.required<string>();
  /** Language of the text when it may differ from the page's (a fallback translation). */
  readonly lang = input<string>();

  private readonly sanitizer = inject(DomSanitizer);
  private readonly document = inject(DOCUMENT);

  protected readonly anchored = computed(() => {
    const clean = this.sanitizer.sanitize(SecurityContext.HTML, this.html()) ?? '';
    // A document without a window: nothing in it loads or runs while the ids are set.
    const inert = this.document.implementation.createHTMLDocument('');
    inert.body.innerHTML = clean;
    inert.body
      .querySelectorAll(PASSAGE_SELECTOR)
      .forEach((block, i) => block.setAttribute('id', passageId(i + 1)));
    return this.sanitizer.bypassSecurityTrustHtml(inert.body.innerHTML);
  });
}
