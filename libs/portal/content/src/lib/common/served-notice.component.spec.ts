import { TestBed } from '@angular/core/testing';
import { provideTranslateService, TranslateService } from '@ngx-translate/core';
import { ServedNoticeComponent } from './served-notice.component';

describe('ServedNoticeComponent', () => {
  function render(served: { lang: 'en' | 'ru'; requestedLang: 'en' | 'ru'; outdated?: boolean }) {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', {
      content: {
        notice: {
          fallback: 'not yet available in {{requested}}, shown in {{shown}}',
          outdated: 'may be out of date',
        },
      },
    });
    translate.use('en');
    const fixture = TestBed.createComponent(ServedNoticeComponent);
    fixture.componentRef.setInput('served', served);
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ').trim();
  }

  it('names the requested and the shown language in themselves', () => {
    expect(render({ lang: 'en', requestedLang: 'ru' })).toBe(
      'not yet available in Русский, shown in English',
    );
  });

  it('says nothing when the text is in the requested language and current', () => {
    expect(render({ lang: 'ru', requestedLang: 'ru' })).toBe('');
  });

  it('warns about an outdated translation', () => {
    expect(render({ lang: 'ru', requestedLang: 'ru', outdated: true })).toBe('may be out of date');
  });
});
