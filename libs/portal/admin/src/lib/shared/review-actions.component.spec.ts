import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { type ReviewDecision, ReviewActionsComponent } from './review-actions.component';

function render(inputs: Record<string, unknown> = {}) {
  TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  const translate = TestBed.inject(TranslateService);
  translate.setTranslation('en', {
    admin: {
      review: {
        comment: 'Your comment',
        commentHint: 'Needed to send back.',
        scheduleHint: 'Empty: published at once.',
        approve: 'Approve and publish',
        reject: 'Send back',
      },
      editor: { scheduleAt: 'Publish automatically on' },
    },
  });
  translate.use('en');
  const fixture = TestBed.createComponent(ReviewActionsComponent);
  fixture.componentRef.setInput('idPrefix', 'review-en');
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  const decisions: ReviewDecision[] = [];
  fixture.componentInstance.decision.subscribe((d) => decisions.push(d));
  const element = fixture.nativeElement as HTMLElement;
  const [approve, reject] = [...element.querySelectorAll('button')] as [
    HTMLButtonElement,
    HTMLButtonElement,
  ];
  const field = (id: string) => element.querySelector<HTMLInputElement>(`#${id}`);
  const type = (id: string, value: string) => {
    const input = field(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  };
  return { fixture, element, approve, reject, decisions, field, type };
}

/** The text of the label that names a field. */
function labelOf(element: HTMLElement, input: HTMLElement): string {
  return element.querySelector(`label[for="${input.id}"]`)?.textContent?.trim() ?? '';
}

describe('ReviewActionsComponent', () => {
  it('sends back only with a comment, and approves with or without one', () => {
    const { approve, reject, decisions, type } = render();
    expect(approve.disabled).toBe(false);
    expect(reject.disabled).toBe(true);
    type('review-en-comment', '   ');
    expect(reject.disabled).toBe(true);
    type('review-en-comment', 'Name the field operation');
    expect(reject.disabled).toBe(false);
    reject.click();
    approve.click();
    expect(decisions).toEqual([
      { step: 'reject', comment: 'Name the field operation', publishAt: null },
      { step: 'approve', comment: 'Name the field operation', publishAt: null },
    ]);
  });

  it('labels the comment, describes it by its hint, and names the buttons with the subject', () => {
    const { element, approve, reject, field } = render({ subject: 'Policing (English)' });
    const comment = field('review-en-comment') as HTMLInputElement;
    expect(comment.tagName).toBe('TEXTAREA');
    expect(comment.maxLength).toBe(2000);
    expect(labelOf(element, comment)).toBe('Your comment');
    const hint = element.querySelector(`#${comment.getAttribute('aria-describedby')}`);
    expect(hint?.textContent?.trim()).toBe('Needed to send back.');
    expect(approve.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Approve and publish Policing (English)',
    );
    expect(reject.querySelector('.pt-visually-hidden')?.textContent).toBe('Policing (English)');
    // Native buttons that never submit an enclosing form: Enter and Space act on them alone.
    expect([approve.type, reject.type]).toEqual(['button', 'button']);
  });

  it('offers no date unless asked to', () => {
    const { field } = render();
    expect(field('review-en-when')).toBeNull();
  });

  it('schedules an approval for a future date and holds it for a past one', () => {
    const { element, approve, reject, decisions, field, type } = render({ schedulable: true });
    const when = field('review-en-when') as HTMLInputElement;
    expect(when.type).toBe('datetime-local');
    expect(labelOf(element, when)).toBe('Publish automatically on');
    expect(
      element.querySelector(`#${when.getAttribute('aria-describedby')}`)?.textContent,
    ).toContain('Empty: published at once.');

    type('review-en-when', '2001-01-01T08:00');
    expect(approve.disabled).toBe(true);

    type('review-en-when', '2999-01-01T08:00');
    expect(approve.disabled).toBe(false);
    approve.click();
    expect(decisions).toEqual([
      { step: 'approve', comment: '', publishAt: new Date('2999-01-01T08:00').toISOString() },
    ]);

    // Sending back never carries the date.
    type('review-en-comment', 'Not yet');
    reject.click();
    expect(decisions[1]).toEqual({ step: 'reject', comment: 'Not yet', publishAt: null });
  });

  it('disables both buttons while told to, described by the reason', () => {
    const { fixture, approve, reject, type } = render();
    type('review-en-comment', 'Fine');
    fixture.componentRef.setInput('disabled', true);
    fixture.componentRef.setInput('describedBy', 'review-hint-en');
    fixture.detectChanges();
    expect([approve.disabled, reject.disabled]).toEqual([true, true]);
    expect(approve.getAttribute('aria-describedby')).toBe('review-hint-en');
  });

  it('keeps what was typed until its subject changes', () => {
    const { fixture, reject, field, type } = render({ resetKey: 'en 1', schedulable: true });
    type('review-en-comment', 'Shorten the title');
    type('review-en-when', '2999-01-01T08:00');
    fixture.componentRef.setInput('disabled', true);
    fixture.detectChanges();
    fixture.componentRef.setInput('disabled', false);
    fixture.detectChanges();
    expect(field('review-en-comment')?.value).toBe('Shorten the title');

    fixture.componentRef.setInput('resetKey', 'en 2');
    fixture.detectChanges();
    expect(field('review-en-comment')?.value).toBe('');
    expect(field('review-en-when')?.value).toBe('');
    expect(reject.disabled).toBe(true);
  });
});
