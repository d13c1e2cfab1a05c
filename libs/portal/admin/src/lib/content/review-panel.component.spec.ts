import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { adminTranslation } from '../data-access/admin-translation.fixture';
import type { ReviewEvent } from '../data-access/admin.types';
import { type ReviewRequest, ReviewPanelComponent } from './review-panel.component';

const rejected: ReviewEvent = {
  id: 7,
  locale: 'en',
  action: 'reject',
  comment: 'Name the field operation',
  version: 2,
  actorEmail: 'editor@example.org',
  createdAt: '2026-12-01T10:00:00.000Z',
};

function render(inputs: Record<string, unknown>) {
  TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  const fixture = TestBed.createComponent(ReviewPanelComponent);
  fixture.componentRef.setInput('locale', 'en');
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  const steps: ReviewRequest[] = [];
  fixture.componentInstance.step.subscribe((s) => steps.push(s));
  const element = fixture.nativeElement as HTMLElement;
  const buttons = () => [...element.querySelectorAll('button')];
  return { fixture, element, buttons, steps };
}

describe('ReviewPanelComponent', () => {
  it('lets a writer submit a draft with a comment, and shows why it was sent back', () => {
    const { fixture, element, buttons, steps } = render({
      translation: adminTranslation(),
      latest: rejected,
      canSubmit: true,
    });
    expect(element.textContent).toContain('Name the field operation');
    expect(buttons().map((b) => b.textContent?.trim())).toEqual(['admin.review.submit']);
    const comment = element.querySelector('textarea') as HTMLTextAreaElement;
    comment.value = 'Fixed';
    comment.dispatchEvent(new Event('input'));
    buttons()[0]?.click();
    expect(steps).toEqual([{ step: 'submit', comment: 'Fixed' }]);

    fixture.componentRef.setInput('dirty', true);
    fixture.detectChanges();
    expect(buttons()[0]?.disabled).toBe(true);
  });

  it('offers nothing to submit when visitors already see the text', () => {
    const { element, buttons } = render({
      translation: adminTranslation({ status: 'published', publishedAt: '2026-12-01T00:00:00Z' }),
      canSubmit: true,
    });
    expect(buttons()).toEqual([]);
    expect(element.textContent).toContain('admin.review.nothingToSubmit');
  });

  it('lets a reviewer approve a waiting language, and send it back only with a comment', () => {
    const { fixture, element, buttons, steps } = render({
      translation: adminTranslation(),
      latest: { ...rejected, id: 8, action: 'submit', comment: 'Ready' },
      waiting: true,
      canSubmit: true,
      canReview: true,
    });
    expect(element.textContent).toContain('Ready');
    const [approve, reject] = buttons();
    expect(reject?.disabled).toBe(true);
    const comment = element.querySelector('textarea') as HTMLTextAreaElement;
    comment.value = 'Shorten the title';
    comment.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    expect(reject?.disabled).toBe(false);
    reject?.click();
    approve?.click();
    expect(steps).toEqual([
      { step: 'reject', comment: 'Shorten the title' },
      { step: 'approve', comment: 'Shorten the title' },
    ]);
  });

  it('shows a reviewer no buttons when nothing waits', () => {
    const { buttons } = render({
      translation: adminTranslation(),
      canSubmit: true,
      canReview: true,
    });
    expect(buttons()).toEqual([]);
  });

  it('empties the comments when another language or a new step is shown', () => {
    const { fixture, element } = render({
      translation: adminTranslation(),
      latest: { ...rejected, id: 8, action: 'submit' },
      waiting: true,
      canReview: true,
    });
    const comment = () => element.querySelector('textarea') as HTMLTextAreaElement;
    comment().value = 'Shorten the title';
    comment().dispatchEvent(new Event('input'));
    fixture.componentRef.setInput('busy', true);
    fixture.detectChanges();
    expect(comment().value).toBe('Shorten the title');
    fixture.componentRef.setInput('locale', 'fr');
    fixture.detectChanges();
    expect(comment().value).toBe('');

    fixture.componentRef.setInput('waiting', false);
    fixture.componentRef.setInput('canReview', false);
    fixture.componentRef.setInput('canSubmit', true);
    fixture.detectChanges();
    comment().value = 'Fixed';
    comment().dispatchEvent(new Event('input'));
    fixture.componentRef.setInput('latest', rejected);
    fixture.detectChanges();
    expect(comment().value).toBe('');
  });
});
