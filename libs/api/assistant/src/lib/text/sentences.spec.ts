import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits sentences and keeps abbreviations and list items', () => {
    const text =
      'The Office is in Warsaw. It was founded in 1991, e.g. as the Office for Free Elections! Was it renamed?\n' +
      '- first item;\n- second item';
    expect(splitSentences(text)).toEqual([
      { text: 'The Office is in Warsaw.', listItem: false },
      { text: 'It was founded in 1991, e.g. as the Office for Free Elections!', listItem: false },
      { text: 'Was it renamed?', listItem: false },
      { text: 'first item;', listItem: true },
      { text: 'second item', listItem: true },
    ]);
  });

  it('does not split decimals or initials', () => {
    expect(splitSentences('It costs 2.5 million. J. Smith leads it.').map((s) => s.text)).toEqual([
      'It costs 2.5 million.',
      'J. Smith leads it.',
    ]);
  });

  it('reads a German day of the month as part of its date, not as a sentence end', () => {
    const text =
      'Der Kurs begann am 3. März 2019 in Graz. Er endete nach 12. Danach kam die Prüfung.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Der Kurs begann am 3. März 2019 in Graz.',
      'Er endete nach 12.',
      'Danach kam die Prüfung.',
    ]);
  });
});
