/**
 * What the site search knows about one thing a visitor can land on. Plain
 * data, built by the content layer and sent to the browser as JSON
 * (`/search-index.json`), where client/search/ indexes it.
 */
export type SearchDoc = {
  kind: 'post' | 'page' | 'news' | 'publication' | 'course';
  /** Where the result leads: a path on this site (a publication's entry on its list: `/research/#key`). */
  url: string;
  title: string;
  /** The body as plain text (a publication's abstract); the excerpt shown under a result comes from it. */
  text: string;
  description?: string;
  tags?: string[];
  /** `YYYY-MM-DD`. */
  date?: string;
  /** Publications: the authors' names, as shown. */
  authors?: string[];
  /** Publications: journal or proceedings, and the year. */
  venue?: string;
  year?: number;
};

export type SearchIndex = {
  docs: SearchDoc[];
  /**
   * Set when the site's text was larger than the index's budget: every body
   * longer than this many characters was cut (at a word) to fit.
   */
  cut?: number;
};
