import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { AssistantWidgetComponent, readEvents } from './assistant-widget.component';

/** jsdom has no ReadableStream; the reader interface is all readEvents uses. */
function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  const chunks = [bytes.slice(0, 10), bytes.slice(10)];
  return {
    getReader: () => ({
      read: async () => {
        const value = chunks.shift();
        return value ? { value, done: false } : { value: undefined, done: true };
      },
    }),
  } as unknown as ReadableStream<Uint8Array>;
}

describe('AssistantWidgetComponent', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await TestBed.configureTestingModule({
      imports: [AssistantWidgetComponent],
      providers: [provideTranslateService()],
    }).compileComponents();
  });

  it('opens from a button and labels the question box', async () => {
    const fixture = TestBed.createComponent(AssistantWidgetComponent);
    await fixture.whenStable();
    const button = fixture.nativeElement.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role="log"]')).not.toBeNull();
    expect(
      fixture.nativeElement.querySelector('label[for="pt-assistant-question"]'),
    ).not.toBeNull();
  });

  it('opens at once when loaded from the launcher, with focus in the question box', async () => {
    const fixture = TestBed.createComponent(AssistantWidgetComponent);
    fixture.componentRef.setInput('startOpen', true);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const button = fixture.nativeElement.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Focus moves on the next task, after the dialog has rendered.
    await new Promise((resume) => setTimeout(resume));
    expect(document.activeElement?.id).toBe('pt-assistant-question');
    fixture.nativeElement.remove();
  });

  it('shows the items of an answer as a list, with their citation links', async () => {
    sessionStorage.setItem(
      'pt-assistant-conversation',
      JSON.stringify([
        { role: 'user', content: 'Which services does the depot offer?' },
        {
          role: 'assistant',
          content: 'The depot offers:\n- kennels;\n- vehicle repairs. [1]',
          citations: [{ n: 1, title: 'Depot', url: '/en/documents/5#p1', snippet: '', lang: 'en' }],
        },
      ]),
    );
    const fixture = TestBed.createComponent(AssistantWidgetComponent);
    fixture.componentRef.setInput('startOpen', true);
    await fixture.whenStable();
    const items = [...fixture.nativeElement.querySelectorAll('.pt-answer-list li')].map((li) =>
      (li as HTMLElement).textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(items).toEqual(['kennels;', 'vehicle repairs. [1]']);
    expect(fixture.nativeElement.querySelector('.pt-answer-list a')?.getAttribute('href')).toBe(
      '/en/documents/5#p1',
    );
    expect(fixture.nativeElement.textContent).not.toContain('- kennels');
  });

  it('parses server-sent events split across chunks', async () => {
    const events = [];
    for await (const e of readEvents(
      streamOf(
        'event: token\ndata: {"text":"Hi "}\n\nevent: done\ndata: {"id":"1","refused":false}\n\n',
      ),
    )) {
      events.push(e);
    }
    expect(events).toEqual([
      { event: 'token', data: { text: 'Hi ' } },
      { event: 'done', data: { id: '1', refused: false } },
    ]);
  });
});
