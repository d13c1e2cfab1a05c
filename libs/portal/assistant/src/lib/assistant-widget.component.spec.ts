import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { AssistantWidgetComponent } from './assistant-widget.component';
import { streamOf } from './stream-of.fixture';

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

  it('asks whether an answer helped, with two buttons; a vote presses one and closes both', async () => {
    sessionStorage.setItem(
      'pt-assistant-conversation',
      JSON.stringify([
        { role: 'user', content: 'Who trains border police?' },
        { role: 'assistant', content: 'The Border Management Staff College.', answerId: 'a1' },
      ]),
    );
    const realFetch = globalThis.fetch;
    const fetchMock = jest.fn(
      async (_url: string, _init?: RequestInit) => ({ ok: true }) as Response,
    );
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    try {
      const fixture = TestBed.createComponent(AssistantWidgetComponent);
      fixture.componentRef.setInput('startOpen', true);
      await fixture.whenStable();
      const votes = () => [
        ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>(
          '.pt-feedback button',
        ),
      ];
      expect(votes().map((b) => [b.getAttribute('aria-label'), b.textContent?.trim()])).toEqual([
        ['assistant.widget.helpful', '👍'],
        ['assistant.widget.notHelpful', '👎'],
      ]);
      expect(votes().map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false']);

      votes()[1].click();
      fixture.detectChanges();
      await fixture.whenStable();
      expect(votes().map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
      expect(votes().every((b) => b.disabled)).toBe(true);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      const [url, init] = fetchMock.mock.calls[0];
      expect(url).toBe('/api/assistant/feedback');
      expect(JSON.parse(String(init?.body))).toEqual({ answerId: 'a1', helpful: false });
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  describe('the question box', () => {
    let respond: (res: Partial<Response>) => void;
    let fetchMock: jest.Mock;
    const realFetch = globalThis.fetch;

    beforeEach(() => {
      fetchMock = jest.fn(() => new Promise<Partial<Response>>((ok) => (respond = ok)));
      globalThis.fetch = fetchMock as unknown as typeof fetch;
    });
    afterEach(() => {
      globalThis.fetch = realFetch;
    });

    async function openWidget() {
      const fixture = TestBed.createComponent(AssistantWidgetComponent);
      fixture.componentRef.setInput('startOpen', true);
      await fixture.whenStable();
      const el = fixture.nativeElement as HTMLElement;
      const box = el.querySelector('#pt-assistant-question') as HTMLTextAreaElement;
      const send = el.querySelector('button[type="submit"]') as HTMLButtonElement;
      const type = async (text: string) => {
        box.value = text;
        box.dispatchEvent(new Event('input'));
        await fixture.whenStable();
      };
      const press = async (init: KeyboardEventInit) => {
        const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true, ...init });
        box.dispatchEvent(event);
        await fixture.whenStable();
        return event;
      };
      return { fixture, el, box, send, type, press };
    }

    function sentQuestion(): { question: string; lang: string } {
      return JSON.parse(fetchMock.mock.calls[0][1].body as string);
    }

    it('has a 2000-character limit and enables Send only for a non-blank question', async () => {
      const { box, send, type } = await openWidget();
      expect(box.maxLength).toBe(2000);
      expect(send.disabled).toBe(true);
      await type('   ');
      expect(send.disabled).toBe(true);
      await type('Who coordinates police work?');
      expect(send.disabled).toBe(false);
    });

    it('sends on Enter but not on Shift+Enter or an Enter ending an IME composition', async () => {
      const { press, type } = await openWidget();
      await type('Who coordinates police work?');
      expect((await press({ shiftKey: true })).defaultPrevented).toBe(false);
      expect((await press({ isComposing: true })).defaultPrevented).toBe(false);
      expect(fetchMock).not.toHaveBeenCalled();
      expect((await press({})).defaultPrevented).toBe(true);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      expect(sentQuestion()).toMatchObject({
        question: 'Who coordinates police work?',
        lang: 'en',
      });
    });

    it('sends from the form, empties the box and disables Send until the answer is in', async () => {
      const { fixture, el, box, send, type } = await openWidget();
      await type('  Who coordinates police work?  ');
      const submit = new Event('submit', { cancelable: true });
      el.querySelector('form')?.dispatchEvent(submit);
      await fixture.whenStable();
      expect(submit.defaultPrevented).toBe(true);
      expect(sentQuestion().question).toBe('Who coordinates police work?');
      expect(box.value).toBe('');
      await type('A follow-up');
      expect(send.disabled).toBe(true);
      expect(el.querySelector('[role="log"]')?.getAttribute('aria-busy')).toBe('true');
      respond({
        ok: true,
        body: streamOf(
          'event: token\ndata: {"text":"The SPMU."}\n\nevent: done\ndata: {"id":"a1","refused":false}\n\n',
        ),
      });
      await new Promise((resume) => setTimeout(resume));
      await fixture.whenStable();
      expect(el.querySelector('[role="log"]')?.textContent).toContain('The SPMU.');
      expect(send.disabled).toBe(false);
      expect(box.value).toBe('A follow-up');
    });

    it("shows the server's message when a question is refused", async () => {
      const { fixture, el, type, press } = await openWidget();
      await type('Who coordinates police work?');
      await press({});
      respond({
        ok: false,
        statusText: 'Too Many Requests',
        json: async () => ({ message: 'Too many questions, try again in a minute.' }),
      });
      await new Promise((resume) => setTimeout(resume));
      await fixture.whenStable();
      expect(el.querySelector('[role="log"]')?.textContent).toContain(
        'Too many questions, try again in a minute.',
      );
    });
  });
});
