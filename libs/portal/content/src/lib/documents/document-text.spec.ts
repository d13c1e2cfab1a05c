import { textBlocks, withoutOverlap } from './document-text';

describe('withoutOverlap', () => {
  it('drops the stretch a passage shares with the end of the one before it', () => {
    const before = 'The training ran for two weeks.\nTrainees came from three regional academies.';
    const next = 'Trainees came from three regional academies.\nA second course follows in spring.';
    expect(withoutOverlap(before, next)).toBe('A second course follows in spring.');
  });

  it('keeps a passage whole when it only shares a few words by chance, or comes first', () => {
    expect(withoutOverlap('It opened in 2019.', '2019. It closed in 2021.')).toBe(
      '2019. It closed in 2021.',
    );
    expect(withoutOverlap(undefined, 'First passage.')).toBe('First passage.');
  });
});

describe('textBlocks', () => {
  it('shows each line as a paragraph and runs of numbered or bulleted lines as lists', () => {
    const text = [
      'The curriculum has three parts:',
      '3. Crime scene work;',
      '4. Interviewing witnesses;',
      'Each part ends with an exam.',
      '- Vienna',
      '• Skopje',
    ].join('\n');
    expect(textBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'The curriculum has three parts:' },
      { kind: 'numbered', start: 3, items: ['Crime scene work;', 'Interviewing witnesses;'] },
      { kind: 'paragraph', text: 'Each part ends with an exam.' },
      { kind: 'bulleted', items: ['Vienna', 'Skopje'] },
    ]);
  });

  it('reads a year or a lone numbered line as text, not as an item', () => {
    expect(textBlocks('2019 was the first year.')).toEqual([
      { kind: 'paragraph', text: '2019 was the first year.' },
    ]);
    expect(textBlocks('Die Schulung begann.\n3. Mai 2021 kamen die ersten Teilnehmer.')).toEqual([
      { kind: 'paragraph', text: 'Die Schulung begann.' },
      { kind: 'paragraph', text: '3. Mai 2021 kamen die ersten Teilnehmer.' },
    ]);
  });

  it('starts a new list where the numbering does not go on', () => {
    expect(textBlocks('1. Vienna\n2. Warsaw\n1. Skopje\n2. Bishkek')).toEqual([
      { kind: 'numbered', start: 1, items: ['Vienna', 'Warsaw'] },
      { kind: 'numbered', start: 1, items: ['Skopje', 'Bishkek'] },
    ]);
  });
});
