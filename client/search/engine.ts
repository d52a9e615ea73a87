import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SearchDoc, SearchIndex } from '../../lib/search/types';
import { tokenize } from './text';

export type Kind = SearchDoc['kind'];
export type Hit = { doc: SearchDoc; score: number; /** The index's words the query matched (folded). */ matched: Set<string> };
/** The best hits of one kind, and how many of that kind matched. */
export type ResultGroup = { kind: Kind; label: string; hits: Hit[]; total: number };

export const KIND_LABELS: Record<Kind, string> = { post: 'Posts', publication: 'Publications', page: 'Pages', course: 'Courses', news: 'News' };

/** A title match outranks a body match: a word in the title says what the page is about. */
const BOOST = { title: 4, tags: 3, authors: 3, description: 1.5, venue: 1, text: 1 };
type Field = keyof typeof BOOST;
const FIELDS = Object.keys(BOOST) as Field[];

function field(doc: SearchDoc, name: string): string {
  switch (name as Field) {
    case 'tags':
      return doc.tags?.join(' ') ?? '';
    case 'authors':
      return doc.authors?.join(' ') ?? '';
    case 'venue':
      return [doc.venue, doc.year].filter(Boolean).join(' ');
    default:
      return doc[name as 'title' | 'description' | 'text'] ?? '';
  }
}

const CJK_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/**
 * The words of a query that are searched: a lone letter or digit is not
 * (it would match nearly every document, slowly), a CJK character is.
 */
export function queryTerms(text: string): string[] {
  return tokenize(text).filter((term) => term.length > 1 || CJK_CHARACTER.test(term));
}

const SEARCH: SearchOptions = {
  boost: BOOST,
  tokenize: queryTerms,
  // Every word must match: a second word narrows the results, as a visitor expects.
  combineWith: 'AND',
  // As you type: a word of three letters or more is also the start of longer ones ("diffu" finds "diffusion").
  prefix: (term) => term.length >= 3,
  // One typo (a letter wrong, missing or extra) in a word of five letters or more. Two would
  // cost several times more on a large index, and shorter words would match too many others.
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
};

export type Search = {
  query: (text: string, perGroup?: number) => ResultGroup[];
  /** How many documents of each kind there are to find. */
  counts: Record<Kind, number>;
};

/** Indexes the documents in the browser (about a second for a megabyte of text; see `npm run bench`). */
export async function createSearch(index: SearchIndex): Promise<Search> {
  const mini = new MiniSearch<SearchDoc & { id: number }>({
    fields: FIELDS,
    extractField: (doc, name) => (name === 'id' ? doc.id : field(doc, name)) as string,
    tokenize,
    processTerm: (term) => term,
    searchOptions: SEARCH,
  });
  // In a few large chunks: the dialog stays responsive, without a pause after every ten documents.
  await mini.addAllAsync(
    index.docs.map((doc, id) => ({ ...doc, id })),
    { chunkSize: 250 },
  );
  const counts: Record<Kind, number> = { post: 0, publication: 0, page: 0, course: 0, news: 0 };
  for (const doc of index.docs) counts[doc.kind] += 1;
  return {
    counts,
    query(text, perGroup = 6) {
      if (queryTerms(text).length === 0) return [];
      const groups = new Map<Kind, ResultGroup>();
      for (const result of mini.search(text)) {
        const doc = index.docs[result.id as number]!;
        const group = groups.get(doc.kind) ?? { kind: doc.kind, label: KIND_LABELS[doc.kind], hits: [], total: 0 };
        groups.set(doc.kind, group);
        group.total += 1;
        if (group.hits.length < perGroup) group.hits.push({ doc, score: result.score, matched: new Set(result.terms) });
      }
      // The group of the best result first; results come sorted, so groups arrive in that order.
      return [...groups.values()];
    },
  };
}
