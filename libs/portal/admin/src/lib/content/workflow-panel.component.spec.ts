import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { AdminTranslation } from '../data-access/admin.types';
import { WorkflowPanelComponent } from './workflow-panel.component';

function scheduled(changedRevision: number): AdminTranslation {
  return {
    title: 'Policing',
    summary: '',
    body: '',
    format: 'markdown',
    status: 'scheduled',
    publishAt: '2030-01-01T08:00:00.000Z',
    scheduledRevision: 4,
    changedRevision,
    publishedAt: null,
    outdated: false,
  };
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
});
