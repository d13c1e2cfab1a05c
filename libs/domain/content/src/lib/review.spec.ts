import { MAX_DIFF_LINES, latestReviews, lineDiff } from './review';
import type { ReviewEvent } from './review';

describe('lineDiff', () => {
  it('keeps common lines and marks the removed and added ones in order', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'B' },
      { op: 'same', text: 'c' },
      { op: 'added', text: 'd' },
    ]);
  });

  it('shows a first text as added and an emptied one as removed', () => {
    expect(lineDiff('', 'x\ny')).toEqual([
      { op: 'added', text: 'x' },
      { op: 'added', text: 'y' },
    ]);
    expect(lineDiff('x', '')).toEqual([{ op: 'removed', text: 'x' }]);
    expect(lineDiff('same', 'same')).toEqual([{ op: 'same', text: 'same' }]);
  });

  it('does not compare bodies past the line limit', () => {
    const long = Array.from({ length: MAX_DIFF_LINES + 1 }, (_, i) => `l${i}`).join('\n');
    const lines = lineDiff(long, 'l0');
    expect(lines).toHaveLength(MAX_DIFF_LINES + 2);
    expect(lines.at(-1)).toEqual({ op: 'added', text: 'l0' });
  });
});

describe('latestReviews', () => {
  const event = (id: number, locale: 'en' | 'fr', action: ReviewEvent['action']): ReviewEvent => ({
    id,
    locale,
    action,
    comment: '',
    version: 1,
    actorEmail: null,
    createdAt: '2026-12-05T00:00:00.000Z',
  });

  it('takes the newest event of each language, by id', () => {
    const latest = latestReviews([
      event(3, 'en', 'reject'),
      event(1, 'en', 'submit'),
      event(2, 'fr', 'submit'),
    ]);
    expect(latest.en?.action).toBe('reject');
    expect(latest.fr?.action).toBe('submit');
    expect(latest.de).toBeUndefined();
  });
});
