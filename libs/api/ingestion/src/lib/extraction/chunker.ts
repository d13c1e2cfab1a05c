import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Section } from './document-format';

/** A stored, citable piece of a document; `anchor` is the `#p<n>` fragment of its link. */
export interface Passage {
  readonly anchor: string;
  readonly heading?: string;
  readonly text: string;
}

export const CHUNK_SIZE = 800;
export const CHUNK_OVERLAP = 120;

/**
 * Splits each section on its own (a passage never straddles two headings) with
 * LangChain's recursive splitter: paragraphs first, then lines, sentences and words.
 */
export async function chunkSections(sections: readonly Section[]): Promise<Passage[]> {
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: CHUNK_SIZE,
    chunkOverlap: CHUNK_OVERLAP,
    separators: ['\n\n', '\n', '. ', '; ', ', ', ' ', ''],
    keepSeparator: true,
  });
  const passages: Passage[] = [];
  for (const section of sections) {
    for (const chunk of await splitter.splitText(section.text)) {
      const text = chunk.trim();
      if (!text) continue;
      passages.push({ anchor: `p${passages.length + 1}`, heading: section.heading, text });
    }
  }
  return passages;
}
