import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  afterRenderEffect,
  computed,
  inject,
} from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslatePipe } from '@ngx-translate/core';
import { LocaleStore, PortalApi } from '@portal/portal/data-access';
import { PageHeaderComponent } from '@portal/portal/ui';
import { ResourceStateComponent } from '../common/resource-state.component';
import { usePageMeta } from '../common/page-meta';
import { routeParam } from '../common/route-signal';
import { textBlocks, withoutOverlap } from './document-text';

/**
 * An ingested document as passages, each with the anchor (p1, p2, ...) that search hits
 * and assistant citations link to.
 */
@Component({
  selector: 'pt-document-page',
  imports: [TranslatePipe, PageHeaderComponent, ResourceStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pt-resource-state [resource]="document" />
    @if (document.hasValue()) {
      @let d = document.value();
      <article [attr.lang]="d.lang">
        <pt-page-header [heading]="d.title" [eyebrow]="'content.document.eyebrow' | translate" />
        @for (p of passages(); track p.anchor) {
          <section class="passage" [id]="p.anchor" tabindex="-1">
            @if (p.heading) {
              <h2>{{ p.heading }}</h2>
            }
            @for (block of p.blocks; track $index) {
              @switch (block.kind) {
                @case ('numbered') {
                  <ol [attr.start]="block.start === 1 ? null : block.start">
                    @for (item of block.items; track $index) {
                      <li>{{ item }}</li>
                    }
                  </ol>
                }
                @case ('bulleted') {
                  <ul>
                    @for (item of block.items; track $index) {
                      <li>{{ item }}</li>
                    }
                  </ul>
                }
                @default {
                  <p>{{ block.text }}</p>
                }
              }
            }
          </section>
        }
        @if (d.sourceUrl) {
          <p>
            <a [href]="d.sourceUrl" rel="noopener">{{ 'content.document.source' | translate }}</a>
          </p>
        }
      </article>
    }`,
  styles: `
    .passage {
      max-width: 72ch;
      scroll-margin-top: 1rem;
      border-radius: var(--pt-radius);
    }
    .passage:target,
    .passage:focus {
      outline: 3px solid var(--pt-accent);
      outline-offset: 6px;
    }
  `,
})
export class DocumentPageComponent {
  private readonly id = routeParam('id');
  protected readonly lang = inject(LocaleStore).lang;
  protected readonly document = inject(PortalApi).document(this.id, this.lang);
  private readonly fragment = toSignal(inject(ActivatedRoute).fragment);
  private readonly dom = inject(DOCUMENT);
  /**
   * The passages as read one after another: without the overlap between neighbours, and
   * with a heading only where it changes (each passage of a section carries its heading).
   */
  protected readonly passages = computed(() => {
    const list = this.document.hasValue() ? this.document.value().passages : [];
    return list.map((p, i) => {
      const before = list[i - 1];
      const sameSection = !!before && before.heading === p.heading;
      return {
        anchor: p.anchor,
        heading: sameSection ? undefined : p.heading,
        blocks: textBlocks(sameSection ? withoutOverlap(before.text, p.text) : p.text),
      };
    });
  });

  constructor() {
    usePageMeta(() => (this.document.hasValue() ? { title: this.document.value().title } : null));
    // The passages arrive after navigation, so the router's anchor scrolling finds nothing:
    // bring the cited passage into view once it is rendered.
    afterRenderEffect(() => {
      const anchor = this.fragment();
      if (!anchor || !this.document.hasValue()) return;
      const target = this.dom.getElementById(anchor);
      target?.scrollIntoView({ block: 'start' });
      target?.focus({ preventScroll: true });
    });
  }
}
