import type { SafeHtml } from '../sanitize/sanitize';
import type { PublicationKind } from './kinds';

/** Text decoded from LaTeX: safe HTML to render, and plain text for metadata. */
export type RichText = { html: SafeHtml; text: string };

export type Person = {
  /** As shown: "Lorenzo Olearo", "Jan van der Berg", or a literal name such as "Google Research". */
  name: string;
  first?: string;
  last: string;
  /**
   * al-folio's coauthor marks, written after the name in the BibTeX (`Olearo*`,
   * `Melzi$^\dagger$`): `*`, `†`, ... shown raised; the entry's `annotation`
   * (or site.yml's `publications.annotations`) says what they mean.
   */
  marks?: string;
  /** Their page, from content/coauthors.yml. */
  url?: string;
  /** The site's author (site.yml's `scholar` names, else `name`): marked in the list. */
  self?: boolean;
};

export const LINK_FIELDS = ['pdf', 'html', 'doi', 'arxiv', 'code', 'slides', 'poster', 'supp', 'website', 'video', 'blog'] as const;
export type LinkKind = (typeof LINK_FIELDS)[number];

export type PublicationLink = { kind: LinkKind; label: string; href: string };

/** al-folio's citation badges (`enable_publication_badges`), as plain links to the services' pages. */
export type CitationService = 'altmetric' | 'dimensions' | 'google_scholar' | 'inspirehep';
export type CitationLink = { service: CitationService; label: string; href: string };
/** Which services an entry links to (site.yml's `enable_publication_badges`). */
export type CitationSwitches = Record<CitationService, boolean>;

/** One entry of content/publications.bib, decoded and checked, ready to render. */
export type Publication = {
  key: string;
  /** The BibTeX entry type, lowercase: `article`, `inproceedings`, `misc`, ... */
  type: string;
  /** The line of the entry in the .bib file. */
  line: number;
  title: RichText;
  authors: Person[];
  /** `and others` closed the author list. */
  etAl: boolean;
  /** The year it appeared; none for an entry without a four-digit `year` (listed last). */
  year?: number;
  /**
   * What the list shows for its year: the year; for an entry without one,
   * its `year` text (`in press`), else its `note` (`in preparation`), else
   * "Undated" (jekyll-scholar lists such entries; Folio lists them last).
   */
  yearLabel: string;
  month?: number;
  /**
   * Where it appeared: journal or book title, series, volume, pages (no year);
   * for an entry that names none, what it has: `howpublished`, the school of a
   * thesis, the arXiv id of a preprint, the publisher.
   */
  venue?: RichText;
  /** al-folio's `note`: "Oral presentation", "Under review". */
  note?: RichText;
  /** What kind of work it is (lib/bibliography/kinds.ts): the filter's kinds, a `kind` badge. */
  kind: PublicationKind;
  journal?: string;
  booktitle?: string;
  abbr?: string;
  /**
   * The badge: the `abbr`, or the kind (site.yml's `publications.badge`), with
   * its venue's link and colour from content/venues.yml (`ink`: the text
   * colour that reads on it).
   */
  badge?: { label: string; href?: string; color?: string; ink?: string };
  selected: boolean;
  /** al-folio's `bibtex_show`; Folio shows the BibTeX unless it is `false`. */
  bibtexShow: boolean;
  abstract?: RichText;
  /** Every address the entry's link fields give, in Folio's order; site.yml says which show, in what order (`entryButtons`). */
  links: PublicationLink[];
  /** Pages counting its citations (`google_scholar_id`, `dimensions`, `altmetric`, `inspirehep_id`). */
  citations: CitationLink[];
  doi?: string;
  /** al-folio's `award_name` and its `award` text (Markdown, as HTML). */
  award?: { name: string; html: SafeHtml };
  /** al-folio's `additional_info`: Markdown shown after the venue, as inline HTML. */
  additionalInfo?: SafeHtml;
  /**
   * What the marks on its authors mean: al-folio's `annotation` (Markdown, as
   * inline HTML), else the meanings site.yml's `publications.annotations` gives
   * the marks the entry uses.
   */
  annotation?: SafeHtml;
  /** A thumbnail from public/ (al-folio: `assets/img/publication_preview/`). */
  preview?: { src: string; width: number; height: number };
  /** The entry as clean BibTeX: standard fields only, LaTeX as written. */
  bibtex: string;
  /** Whether a field has math rendered by KaTeX, so the page needs KaTeX's stylesheet. */
  math: boolean;
};
