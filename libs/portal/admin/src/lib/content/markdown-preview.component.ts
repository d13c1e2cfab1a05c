import type { BodyFormat } from '@portal/domain/content';
import {
  ChangeDetectionStrategy,
  Component,
  SecurityContext,
  computed,
  inject,
  input,
} from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
import { marked } from 'marked';

/**
 * What the body will look like: Markdown rendered with `marked`, then (like HTML bodies)
 * cleaned by Angular's sanitizer before it reaches [innerHTML]. The API sanitises again on save.
 */
@Component({
  selector: 'pt-admin-markdown-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .preview {
      background: #fff;
      border: 1px dashed var(--pt-border-strong, #7a8699);
      border-radius: 6px;
      padding: 0.5rem 1rem;
      overflow-wrap: anywhere;
    }
  `,
  template: `<div class="preview" [attr.lang]="lang()" [innerHTML]="html()"></div>`,
})
export class MarkdownPreviewComponent {
  private readonly sanitizer = inject(DomSanitizer);
  readonly body = input.required<string>();
  readonly format = input<BodyFormat>('markdown');
  readonly lang = input<string>();

  protected readonly html = computed(() => {
    const source = this.body();
    const raw =
      this.format() === 'markdown' ? (marked.parse(source, { async: false }) as string) : source;
    return this.sanitizer.sanitize(SecurityContext.HTML, raw) ?? '';
  });
}
