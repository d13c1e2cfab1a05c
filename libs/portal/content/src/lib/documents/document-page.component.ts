import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  afterRenderEffect,
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
        @for (p of d.passages; track p.anchor) {
          <section class="passage" [id]="p.anchor" tabindex="-1">
            @if (p.heading) {
              <h2>{{ p.heading }}</h2>
            }
            @for (para of paragraphs(p.text); track $index) {
              <p>{{ para }}</p>
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

  protected paragraphs(text: string): readonly string[] {
    return text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
  }
}
