import type { SourcePassage } from '../answer/answer.types';
import { withContinuations } from './passage-assembly';

const passage = (id: string, text: string): SourcePassage => ({
  id,
  title: 'Rail safety',
  text,
  url: `/en/documents/4#${id}`,
  lang: 'en',
  score: 1,
});

describe('withContinuations', () => {
  it('continues an open list wherever it ranks, up to the item that closes it', async () => {
    const closed = Array.from({ length: 6 }, (_, i) => passage(`p${i + 10}`, `Closed ${i}.`));
    const lead = passage('p2', 'The inspectors check three things:');
    const asked: string[] = [];
    const following: Record<string, string[]> = {
      p2: ['signals and switches;', 'track geometry;', 'level crossings.', 'Funding rose.'],
    };
    const out = await withContinuations([...closed, lead], async (p) => {
      asked.push(p.id);
      return following[p.id] ?? [];
    });
    expect(asked).toEqual(['p2']);
    expect(out.slice(0, 6)).toEqual(closed);
    expect(out[6]?.text).toBe(
      'The inspectors check three things:\n- signals and switches;\n- track geometry;\n- level crossings.',
    );
  });

  it('leaves a passage alone when what follows is no list', async () => {
    const lead = passage('p1', 'Two lines were reopened:');
    const out = await withContinuations([lead], async () => ['Funding rose.\nThe board met.']);
    expect(out).toEqual([lead]);
  });

  it('continues a list of unpunctuated items over a chunk boundary, while its lines are bullets', async () => {
    const lead = passage(
      'p3',
      'The depot’s main services include:\n- Kennels for service dogs\n- Repairs of patrol boats',
    );
    const following: Record<string, string[]> = {
      // The next passage overlaps this one by its last item.
      p3: [
        '- Repairs of patrol boats\n- Fuel for rescue vehicles\n- Storage of seized goods\nThe depot opened in 2011.',
      ],
    };
    const out = await withContinuations([lead], async (p) => following[p.id] ?? []);
    expect(out[0]?.text).toBe(
      'The depot’s main services include:\n- Kennels for service dogs\n- Repairs of patrol boats' +
        '\n- Fuel for rescue vehicles\n- Storage of seized goods',
    );
  });

  it('takes no paragraph after a last item for another item', async () => {
    const lead = passage('p3', 'Services:\n- Kennels for service dogs');
    const out = await withContinuations([lead], async () => ['The depot opened in 2011.']);
    expect(out).toEqual([lead]);
  });

  it('continues a numbered list whose items are explained in paragraphs, by its next numbers', async () => {
    // The next passage overlaps this one by its last item.
    const lead = passage('p2', 'The plan sets three goals:\n1) Safer harbours.');
    const following: Record<string, string[]> = {
      p2: [
        '1) Safer harbours.\nHarbour patrols will double.\n2) Faster rescue at sea.\nBoats get new radios.',
        '3) Cleaner water.\nSamples are taken weekly.\n7) Annex tables.',
      ],
    };
    const out = await withContinuations([lead], async (p) => following[p.id] ?? []);
    expect(out[0]?.text).toBe(
      'The plan sets three goals:\n1) Safer harbours.\n- Faster rescue at sea.\n- Cleaner water.',
    );
  });

  it('continues a lead-in with a numbered list explained in paragraphs, by its numbers', async () => {
    const lead = passage('p1', 'The plan sets three goals:');
    const following: Record<string, string[]> = {
      p1: ['1. Safer harbours.\nPatrols will double.\n2. Faster rescue at sea.\nThe fund pays.'],
    };
    const out = await withContinuations([lead], async (p) => following[p.id] ?? []);
    expect(out[0]?.text).toBe(
      'The plan sets three goals:\n- Safer harbours.\n- Faster rescue at sea.',
    );
  });
});
