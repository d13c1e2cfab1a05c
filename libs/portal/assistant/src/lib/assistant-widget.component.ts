import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LOCALES, type Locale } from '@portal/domain/locales';
import { readEvents } from './server-events';

export interface WidgetCitation {
  readonly n: number;
  readonly title: string;
  readonly url: string;
  readonly snippet: string;
  readonly lang: string;
}

export interface WidgetTurn {
  readonly role: 'user' | 'assistant';
  content: string;
  citations?: WidgetCitation[];
  answerId?: string;
  refused?: boolean;
  feedback?: boolean;
  pending?: boolean;
}

const STORAGE_KEY = 'pt-assistant-conversation';

/** The two answers to "was this helpful?", each a button under an answer. */
const VOTES = [
  { helpful: true, label: 'assistant.widget.helpful', icon: '👍' },
  { helpful: false, label: 'assistant.widget.notHelpful', icon: '👎' },
] as const;

/**
 * The assistant chat widget the public shell shows on every page: a button opens a
 * dialog with the conversation (a `role="log"` live region), answers stream in, citations
 * link to the quoted passage, thumbs up/down send feedback. The conversation is kept for
 * the tab's session (sessionStorage).
 */
type AnswerPart = { text: string; citation?: WidgetCitation };
type AnswerBlock = { kind: 'text'; parts: AnswerPart[] } | { kind: 'list'; items: AnswerPart[][] };

@Component({
  selector: 'pt-assistant-widget',
  imports: [NgTemplateOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assistant-widget.component.html',
  styleUrl: './assistant-widget.component.css',
  host: { '(document:keydown.escape)': 'close()' },
})
export class AssistantWidgetComponent {
  /** Open at once: the shell loads the widget when its launcher button is pressed. */
  readonly startOpen = input(false);
  private readonly router = inject(Router, { optional: true });
  private readonly openButton = viewChild<ElementRef<HTMLButtonElement>>('openButton');
  private readonly input = viewChild<ElementRef<HTMLTextAreaElement>>('questionInput');

  protected readonly votes = VOTES;
  protected readonly open = signal(false);
  protected readonly busy = signal(false);
  protected readonly question = signal('');
  protected readonly turns = signal<WidgetTurn[]>(this.restore());
  protected readonly lang = signal<Locale>(this.langFromUrl(this.router?.url ?? ''));
  protected readonly canAsk = computed(() => !this.busy() && this.question().trim().length > 0);

  constructor() {
    this.router?.events.pipe(takeUntilDestroyed()).subscribe((e) => {
      if (e instanceof NavigationEnd) this.lang.set(this.langFromUrl(e.urlAfterRedirects));
    });
    afterNextRender(() => {
      if (this.startOpen() && !this.open()) this.toggle();
    });
  }

  protected toggle(): void {
    if (this.open()) this.close();
    else {
      this.open.set(true);
      setTimeout(() => this.input()?.nativeElement.focus());
    }
  }

  close(): void {
    if (!this.open()) return;
    this.open.set(false);
    setTimeout(() => this.openButton()?.nativeElement.focus());
  }

  /**
   * Enter sends, Shift+Enter starts a new line; an Enter that ends an IME composition only
   * commits the composed text.
   */
  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void this.ask();
    }
  }

  async ask(): Promise<void> {
    const question = this.question().trim();
    if (!question || this.busy()) return;
    const history = this.turns()
      .filter((t) => !t.pending)
      .slice(-20)
      .map((t) => ({ role: t.role, content: t.content }));
    const answer: WidgetTurn = { role: 'assistant', content: '', pending: true };
    this.turns.update((t) => [...t, { role: 'user', content: question }, answer]);
    this.question.set('');
    this.busy.set(true);
    try {
      const res = await fetch('/api/assistant/stream', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
        body: JSON.stringify({ question, lang: this.lang(), history }),
      });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => ({}))) as { message?: string };
        throw new Error(body.message ?? res.statusText);
      }
      for await (const { event, data } of readEvents(res.body)) {
        if (event === 'token') answer.content += (data as { text: string }).text;
        else if (event === 'citations') answer.citations = data as WidgetCitation[];
        else if (event === 'done') {
          answer.answerId = (data as { id: string }).id;
          answer.refused = (data as { refused: boolean }).refused;
        } else if (event === 'error')
          throw new Error((data as { message?: string }).message ?? 'error');
        this.turns.update((t) => [...t]);
      }
    } catch (e) {
      answer.content = (e as Error).message;
      answer.refused = true;
    } finally {
      answer.pending = false;
      this.turns.update((t) => [...t]);
      this.busy.set(false);
      this.persist();
    }
  }

  async rate(turn: WidgetTurn, helpful: boolean): Promise<void> {
    if (!turn.answerId || turn.feedback !== undefined) return;
    turn.feedback = helpful;
    this.turns.update((t) => [...t]);
    this.persist();
    await fetch('/api/assistant/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answerId: turn.answerId, helpful }),
    }).catch(() => undefined);
  }

  protected clear(): void {
    this.turns.set([]);
    this.persist();
  }

  /**
   * The answer as paragraphs and lists: lines starting with "- " are list items, a run of
   * them one list, so that an enumeration reads as one.
   */
  protected blocks(turn: WidgetTurn): AnswerBlock[] {
    const out: AnswerBlock[] = [];
    for (const line of turn.content.split('\n')) {
      const item = /^\s*-\s+(.*)$/.exec(line)?.[1];
      const last = out[out.length - 1];
      if (item !== undefined) {
        if (last?.kind === 'list') last.items.push(this.parts(turn, item));
        else out.push({ kind: 'list', items: [this.parts(turn, item)] });
      } else if (line.trim()) {
        out.push({ kind: 'text', parts: this.parts(turn, line) });
      }
    }
    return out;
  }

  /** Text with `[n]` markers as separate parts, so they can become links. */
  protected parts(turn: WidgetTurn, text = turn.content): AnswerPart[] {
    return text
      .split(/(\[\d+\])/)
      .filter(Boolean)
      .map((text) => {
        const n = /^\[(\d+)\]$/.exec(text)?.[1];
        const citation = n ? turn.citations?.find((c) => c.n === Number(n)) : undefined;
        return citation ? { text, citation } : { text };
      });
  }

  private langFromUrl(url: string): Locale {
    const first = url.split(/[/?#]/).filter(Boolean)[0];
    return (LOCALES as readonly string[]).includes(first ?? '') ? (first as Locale) : 'en';
  }

  private restore(): WidgetTurn[] {
    try {
      return JSON.parse(globalThis.sessionStorage?.getItem(STORAGE_KEY) ?? '[]') as WidgetTurn[];
    } catch {
      return [];
    }
  }

  private persist(): void {
    globalThis.sessionStorage?.setItem(
      STORAGE_KEY,
      JSON.stringify(this.turns().filter((t) => !t.pending)),
    );
  }
}
