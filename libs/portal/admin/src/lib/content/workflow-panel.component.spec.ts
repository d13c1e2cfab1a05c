import type { AdminTranslation } from '@portal/domain/content';
import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { adminTranslation } from '../data-access/admin-translation.fixture';
import { type ScheduleRequest, WorkflowPanelComponent } from './workflow-panel.component';

function scheduled(changedRevision: number): AdminTranslation {
  return adminTranslation({
    status: 'scheduled',
    publishAt: '2030-01-01T08:00:00.000Z',
    scheduledRevision: 4,
    changedRevision,
    basedOnRevision: changedRevision,
  });
}

function render(translation: AdminTranslation): string {
  TestBed.configureTestingModule({ providers: [provideTranslateService()] });
  const translate = TestBed.inject(TranslateService);
  translate.setTranslation('en', {
    admin: {
      editor: {
        scheduledFor: 'Due {{date}}: revision {{revision}}.',
        changedSinceScheduled: 'Changed since; revision {{revision}} goes out.',
      },
    },
  });
  translate.use('en');
  const fixture = TestBed.createComponent(WorkflowPanelComponent);
  fixture.componentRef.setInput('locale', 'en');
  fixture.componentRef.setInput('translation', translation);
  fixture.detectChanges();
  return (fixture.nativeElement as HTMLElement).textContent ?? '';
}

describe('WorkflowPanelComponent', () => {
  it('names the revision a schedule publishes', () => {
    const text = render(scheduled(4));
    expect(text).toContain('revision 4.');
    expect(text).not.toContain('Changed since');
  });

  it('warns that saves after scheduling are not part of the schedule', () => {
    expect(render(scheduled(5))).toContain('Changed since; revision 4 goes out.');
  });

  it('schedules for a future date only, and describes the field by the reason otherwise', () => {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(WorkflowPanelComponent);
    fixture.componentRef.setInput('locale', 'fr');
    fixture.componentRef.setInput('translation', { ...scheduled(4), status: 'draft' });
    fixture.detectChanges();
    const requests: ScheduleRequest[] = [];
    fixture.componentInstance.schedule.subscribe((r) => requests.push(r));
    const element = fixture.nativeElement as HTMLElement;
    const when = element.querySelector('#wf-at-fr') as HTMLInputElement;
    expect(element.querySelector('label[for="wf-at-fr"]')?.textContent).toContain(
      'admin.editor.scheduleAt',
    );
    const button = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('admin.editor.schedule'),
    ) as HTMLButtonElement;
    const type = (value: string) => {
      when.value = value;
      when.dispatchEvent(new Event('input'));
      fixture.detectChanges();
    };

    expect(button.disabled).toBe(true);
    type('2001-01-01T08:00');
    expect(button.disabled).toBe(true);
    const hint = element.querySelector(`#${when.getAttribute('aria-describedby')}`);
    expect(hint?.textContent).toContain('admin.editor.scheduleFuture');

    type('2999-01-01T08:00');
    expect(when.hasAttribute('aria-describedby')).toBe(false);
    button.click();
    expect(requests).toEqual([{ locale: 'fr', at: new Date('2999-01-01T08:00').toISOString() }]);
  });
});
