import type { RetrievedPassage } from '@portal/api/search';
import { PortalRetriever, withoutTranslations } from './portal.retriever';

function passage(lang: RetrievedPassage['lang'], itemId: string, anchor: string): RetrievedPassage {
  return {
    id: `institution:${itemId}:${lang}#${anchor}`,
    type: 'institution',
    itemId,
    title: itemId,
    text: `${itemId} ${anchor} ${lang}`,
    anchor,
    url: `/${lang}/institutions/${itemId}#${anchor}`,
    lang,
    score: 1,
    crossLingual: lang !== 'en',
  };
}

describe('withoutTranslations', () => {
  it('drops the translations of a passage the visitor language has, and keeps the others', () => {
    const kept = withoutTranslations(
      [
        passage('fr', 'odihr', 'p0'),
        passage('de', 'odihr', 'p0'),
        passage('fr', 'odihr', 'p1'),
        passage('en', 'odihr', 'p0'),
        passage('de', 'hcnm', 'p0'),
      ],
      'en',
    );
    expect(kept.map((p) => p.id)).toEqual([
      'institution:odihr:fr#p1',
      'institution:odihr:en#p0',
      'institution:hcnm:de#p0',
    ]);
  });

  it('keeps one copy, the best ranked, of a passage the visitor language lacks', () => {
    const kept = withoutTranslations(
      [
        passage('de', 'hcnm', 'p2'),
        passage('ru', 'hcnm', 'p2'),
        passage('en', 'odihr', 'p1'),
        passage('fr', 'hcnm', 'p2'),
      ],
      'en',
    );
    expect(kept.map((p) => p.id)).toEqual(['institution:hcnm:de#p2', 'institution:odihr:en#p1']);
  });
});

describe('PortalRetriever', () => {
  it('asks search for twice the limit and returns at most the limit, translations dropped', async () => {
    const calls: number[] = [];
    const retriever = new PortalRetriever({
      lang: 'en',
      limit: 2,
      search: {
        retrieve: async ({ limit }) => {
          calls.push(limit);
          return [
            passage('fr', 'odihr', 'p0'),
            passage('en', 'odihr', 'p0'),
            passage('en', 'odihr', 'p1'),
            passage('en', 'hcnm', 'p1'),
          ];
        },
      },
    });
    const docs = await retriever.invoke('Where is ODIHR based?');
    expect(calls).toEqual([4]);
    expect(docs.map((d) => d.id)).toEqual(['institution:odihr:en#p0', 'institution:odihr:en#p1']);
  });
});
