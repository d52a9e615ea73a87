import { normalizeName } from './authors';

/**
 * What kind of work a publication is: one answer for the badge, the
 * publications page's filter and the line of an entry that names no venue.
 *
 * The rule, in this order (README, "Publications"):
 * 1. content/venues.yml gives the entry's `abbr` a `kind` (`"NeurIPS": {kind: conference}`);
 * 2. the `abbr` itself names a kind (`Workshop`, `Preprint`, `arXiv`, `PhD Thesis`: the words below);
 * 3. else the BibTeX entry type (`@article` a journal article, `@misc` a preprint, ...).
 * An `abbr` that names a venue (`NeurIPS`, `TPAMI`) says nothing about the kind: step 3 decides.
 */
type KindInfo = {
  /** On a badge, when site.yml asks for the kind (`publications.badge: kind`). */
  badge: string;
  /** In an entry's line when it names no venue: "Preprint, 2025". */
  one: string;
  /** In the filter: "Journal articles 3". */
  many: string;
  /** `abbr` values that name this kind, compared without case, accents or punctuation. */
  words: string[];
  /** BibTeX (and biblatex) entry types of this kind. */
  types: string[];
};

export const KINDS = {
  journal: {
    badge: 'Journal',
    one: 'Journal article',
    many: 'Journal articles',
    words: ['journal', 'journal article', 'journal paper', 'article'],
    types: ['article', 'periodical'],
  },
  conference: {
    badge: 'Conference',
    one: 'Conference paper',
    many: 'Conference papers',
    words: ['conference', 'conference paper', 'conf', 'proceedings', 'symposium'],
    types: ['inproceedings', 'conference', 'proceedings'],
  },
  workshop: { badge: 'Workshop', one: 'Workshop paper', many: 'Workshop papers', words: ['workshop', 'workshop paper'], types: [] },
  book: {
    badge: 'Book',
    one: 'Book',
    many: 'Books & chapters',
    words: ['book', 'book chapter', 'chapter', 'monograph', 'edited book'],
    types: ['book', 'inbook', 'incollection', 'booklet', 'collection', 'mvbook', 'bookinbook'],
  },
  thesis: {
    badge: 'Thesis',
    one: 'Thesis',
    many: 'Theses',
    words: ['thesis', 'theses', 'phd thesis', 'phd', 'dissertation', 'phd dissertation', 'masters thesis', 'master thesis', 'msc thesis', 'ms thesis', 'bachelor thesis', 'bachelors thesis', 'bsc thesis'],
    types: ['phdthesis', 'mastersthesis', 'thesis'],
  },
  preprint: {
    badge: 'Preprint',
    one: 'Preprint',
    many: 'Preprints',
    words: ['preprint', 'arxiv', 'biorxiv', 'medrxiv', 'chemrxiv', 'techrxiv', 'psyarxiv', 'ssrn', 'under review', 'in review', 'submitted', 'in submission', 'manuscript', 'working paper'],
    types: ['misc', 'unpublished', 'online', 'electronic'],
  },
  report: {
    badge: 'Report',
    one: 'Technical report',
    many: 'Reports',
    words: ['report', 'technical report', 'tech report', 'tech rep', 'white paper', 'whitepaper'],
    types: ['techreport', 'report'],
  },
  talk: { badge: 'Talk', one: 'Talk', many: 'Talks', words: ['talk', 'invited talk', 'keynote', 'presentation', 'tutorial'], types: [] },
  poster: { badge: 'Poster', one: 'Poster', many: 'Posters', words: ['poster'], types: [] },
  patent: { badge: 'Patent', one: 'Patent', many: 'Patents', words: ['patent'], types: ['patent'] },
  software: { badge: 'Software', one: 'Software', many: 'Software', words: ['software'], types: ['software'] },
  dataset: { badge: 'Dataset', one: 'Dataset', many: 'Datasets', words: ['dataset', 'data set'], types: ['dataset', 'data'] },
  other: { badge: 'Other', one: 'Publication', many: 'Other', words: ['other'], types: [] },
} as const satisfies Record<string, KindInfo>;

export type PublicationKind = keyof typeof KINDS;

/** Every kind, in the filter's order. */
export const PUBLICATION_KINDS = Object.keys(KINDS) as PublicationKind[];

const KIND_OF_WORD = new Map<string, PublicationKind>(PUBLICATION_KINDS.flatMap((kind) => KINDS[kind].words.map((word) => [word, kind] as const)));
const KIND_OF_TYPE = new Map<string, PublicationKind>(PUBLICATION_KINDS.flatMap((kind) => KINDS[kind].types.map((type) => [type, kind] as const)));

/**
 * The kind an `abbr` names (`Workshop`, `arXiv`, `Ph.D. Thesis`, `Preprints`),
 * or undefined for a venue's name (`NeurIPS`). Case, accents, apostrophes,
 * dots and a plural `s` aside.
 */
export function kindOfAbbr(abbr: string | undefined): PublicationKind | undefined {
  if (abbr === undefined) return undefined;
  const word = normalizeName(abbr.replace(/['’.]/g, ''));
  return KIND_OF_WORD.get(word) ?? KIND_OF_WORD.get(word.replace(/s$/, ''));
}

/** The kind of a BibTeX entry type; a type Folio does not know is `other`. */
export function kindOfType(type: string): PublicationKind {
  return KIND_OF_TYPE.get(type.toLowerCase()) ?? 'other';
}

/** The rule above: the venue's kind from content/venues.yml, else the kind `abbr` names, else the entry type's. */
export function kindOf(entry: { abbr?: string; type: string }, venueKind?: PublicationKind): PublicationKind {
  return venueKind ?? kindOfAbbr(entry.abbr) ?? kindOfType(entry.type);
}
