import type { SafeHtml } from '../sanitize/sanitize';

/** Text decoded from LaTeX: safe HTML to render, and plain text for metadata. */
export type RichText = { html: SafeHtml; text: string };

export type Person = {
  /** As shown: "Lorenzo Olearo", "Jan van der Berg", or a literal name such as "Google Research". */
  name: string;
  first?: string;
  last: string;
  /** Their page, from content/coauthors.yml. */
  url?: string;
};

export const LINK_FIELDS = ['pdf', 'html', 'doi', 'arxiv', 'code', 'slides', 'poster', 'supp', 'website', 'video', 'blog'] as const;
export type LinkKind = (typeof LINK_FIELDS)[number];

export type PublicationLink = { kind: LinkKind; label: string; href: string };

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
  /** Where it appeared: journal or book title, series, volume, pages (no year). */
  venue?: RichText;
  journal?: string;
  booktitle?: string;
  abbr?: string;
  /** The `abbr` badge, with its venue's link and colour from content/venues.yml (`ink`: the text colour that reads on it). */
  badge?: { label: string; href?: string; color?: string; ink?: string };
  selected: boolean;
  /** al-folio's `bibtex_show`; Folio shows the BibTeX unless it is `false`. */
  bibtexShow: boolean;
  abstract?: RichText;
  links: PublicationLink[];
  doi?: string;
  /** al-folio's `award_name` and its `award` text (Markdown, as HTML). */
  award?: { name: string; html: SafeHtml };
  /** al-folio's `additional_info`: Markdown shown after the venue, as inline HTML. */
  additionalInfo?: SafeHtml;
  /** A thumbnail from public/ (al-folio: `assets/img/publication_preview/`). */
  preview?: { src: string; width: number; height: number };
  /** The entry as clean BibTeX: standard fields only, LaTeX as written. */
  bibtex: string;
  /** Whether a field has math rendered by KaTeX, so the page needs KaTeX's stylesheet. */
  math: boolean;
};
