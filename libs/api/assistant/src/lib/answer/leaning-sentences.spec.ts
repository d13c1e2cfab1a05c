import { leansOn, statesNothing } from './leaning-sentences';

describe('leansOn', () => {
  it('tells pronouns and possessives from a body named by "the"', () => {
    expect(leansOn('It also runs a dog unit.')).toBe('pronoun');
    expect(leansOn('Sa flotte compte douze navires.')).toBe('pronoun');
    expect(leansOn('Il suo bilancio è cresciuto.')).toBe('pronoun');
    expect(leansOn('Их задачи расширились.')).toBe('pronoun');
    expect(leansOn('In 2019 the Office opened a branch.')).toBe('definite');
    expect(leansOn('Sailors from Valdoria joined the drill.')).toBe('none');
    expect(leansOn('Italy hosted the drill.')).toBe('none');
  });
});

describe('statesNothing', () => {
  it('takes short unended lines for headings and credits, not sentences or list items', () => {
    expect(statesNothing({ text: '(Photo: Harbour Board/Ana Petrova)', listItem: false }, 5)).toBe(
      true,
    );
    expect(statesNothing({ text: 'Harbour Board, Port Vell', listItem: false }, 4)).toBe(true);
    expect(statesNothing({ text: 'The board met twice.', listItem: false }, 4)).toBe(false);
    expect(statesNothing({ text: 'fire drills', listItem: true }, 2)).toBe(false);
  });
});
