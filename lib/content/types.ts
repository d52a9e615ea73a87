import type { Publication } from '../bibliography/types';
import type { SafeHtml } from '../sanitize/sanitize';
import type { Cv } from './cv';
import type { ExternalPost } from './external-posts';
import type { Repositories } from './repositories';
import type { Derived } from './derive';
import type { ContentDate } from './fields';
import type { PageData, SiteData } from './schemas';
import type { SourceFile } from './source-file';
import type { OldAddress } from './old-addresses';
import type { Toc } from './toc';

/** What the content layer makes of content/: the typed data every page, feed and check reads. */

export type Site = SiteData & { footer_text?: SafeHtml };

/** What every rendered document carries: where it came from, and its body to compile. */
export type Document = {
  /** Old addresses that lead to it (`redirect_from:`, lib/content/old-addresses.ts): decoded paths. */
  redirectFrom?: string[];
  /** Path relative to the project root, for messages. */
  file: string;
  source: Pick<SourceFile, 'path' | 'format' | 'body' | 'bodyLine' | 'lineOf'>;
  /** The public/ its images and files are in (the site's, unless it was read from another project). */
  publicDir: string;
  /** Whether the body has math, so the page links KaTeX's stylesheet. */
  math: boolean;
  /** Keys cited with <Cite id="...">, in the order of first citation (the numbers of the reference list). */
  citations: string[];
  /** Everything else known of the body, from one parse of it (lib/content/derive.ts): headings, text, excerpt, reading time. */
  derived: Derived;
};

/** An image of public/ named in front matter: its site path, its size as shown, and its type as its bytes say (image-size's name: `jpg`, `png`, ...). */
export type LocalImage = { src: string; width: number; height: number; type: string };

export type Page = Document & {
  slug: string;
  permalink: string;
  layout: PageData['layout'];
  title: string;
  description?: SafeHtml;
  subtitle?: SafeHtml;
  /** `nav:` as written: the home page is listed unless it says `false`, any other page only with `true`. */
  nav?: boolean;
  navOrder?: number;
  /** `dropdown: true`: the header lists `children` under the page's title (al-folio's submenu). */
  dropdown?: NavChild[];
  profile?: { align: 'left' | 'right'; image?: LocalImage; circular: boolean; moreInfo?: SafeHtml };
  /** The about page's lists as the page sets them; unset, the site's defaults apply (see `aboutNews`). */
  announcements?: ListSwitch;
  latestPosts?: ListSwitch;
  selectedPapers: boolean;
  social: boolean;
  toc?: Toc;
  /** `layout: cv`: its data (content/cv.yml or content/resume.json), and the PDF to download. */
  cv?: Cv;
  cvPdf?: string;
  /** A projects page's defaults for `<Projects />`: `display_categories` and `horizontal`. */
  projects: { categories?: string[]; horizontal: boolean };
  /** The page has moved (`redirect:`): a path of the site (`/` for `redirect: true`) or an address. */
  redirect?: string;
  /** `giscus_comments`, as written (see `hasComments`). */
  giscusComments?: boolean;
};

/** One item of a header submenu: a link (a path of the site or an address), or a rule between groups. */
export type NavChild = { title: string; href: string } | { divider: true };

export type ListSwitch = { enabled: boolean; limit?: number };

export type Post = Document & {
  slug: string;
  permalink: string;
  title: string;
  date: ContentDate;
  description?: string;
  tags: string[];
  categories: string[];
  thumbnail?: LocalImage;
  draft: boolean;
  featured: boolean;
  /** Whether related posts follow the text (`related_posts: false` turns them off). */
  relatedPosts: boolean;
  /** `last_modified_at`: when the post last changed. */
  updated?: ContentDate;
  readingMinutes: number;
  toc?: Toc;
  /** The post lives elsewhere (`redirect:`): a path of the site or an address. */
  redirect?: string;
  /** The entries of the post's own BibTeX file (`bibliography:`): its <Cite>s may name them besides content/publications.bib. */
  bibliography?: Publication[];
  giscusComments?: boolean;
};

export type NewsItem = Document & { slug: string; date: ContentDate; inline: boolean; title?: string };

/** One of al-folio's `_projects`: a card on the projects page, and a page of its own at `/projects/<slug>/` unless it has `redirect`. */
export type Project = Document & {
  slug: string;
  title: string;
  description?: SafeHtml;
  image?: LocalImage;
  /** al-folio's order: 1 first; projects without one come last. */
  importance?: number;
  category?: string;
  /** Where the card leads instead of a page of its own: an address or a path of the site. */
  redirect?: string;
  /** `user/repo` on GitHub. */
  github?: string;
  toc?: Toc;
  giscusComments?: boolean;
};

/** One line of a course's schedule; `description` is inline HTML from its Markdown. */
export type ScheduleEntry = { week?: string; date?: string; topic?: string; description?: SafeHtml; materials: { name: string; url?: string }[] };

/** One of al-folio's `_teachings` (`layout: course`): its page at `/teachings/<file name>/`, listed by the teaching page. */
export type Course = Document & {
  slug: string;
  title: string;
  description?: SafeHtml;
  instructor?: string;
  year: number;
  term?: string;
  location?: string;
  time?: string;
  /** The course's number at its university (`15-451`). */
  courseId?: string;
  schedule: ScheduleEntry[];
  toc?: Toc;
  giscusComments?: boolean;
};

export type Content = {
  root: string;
  site: Site;
  pages: Page[];
  /** Newest first. Drafts only outside production builds. */
  posts: Post[];
  /** Newest first. */
  news: NewsItem[];
  /** content/publications.bib, newest first; badges and authors linked from content/venues.yml and content/coauthors.yml. */
  publications: Publication[];
  /** content/projects/, by `importance`, then title. */
  projects: Project[];
  /** content/teaching/, newest year first (see `courseGroups`). */
  courses: Course[];
  /** content/repositories.yml with content/data/github.json; absent without the first. */
  repositories?: Repositories;
  /** Posts published elsewhere (site.yml's `external_sources`, from content/data/external-posts.json), newest first. */
  externalPosts: ExternalPost[];
  /** Addresses the site had before, each answered by a page that sends its visitor on (lib/content/old-addresses.ts). */
  oldAddresses: OldAddress[];
  /** content/styles.css, the author's stylesheet, checked (lib/content/stylesheet.ts); absent without one. */
  styles?: string;
};

export type LoadOptions = {
  /** The folder the author edits; `content/` unless FOLIO_CONTENT_DIR says otherwise. */
  contentDir: string;
  /** Where `public/` is, for checking images. */
  publicDir: string;
  includeDrafts: boolean;
  /** Messages name files relative to this folder (the project root). */
  root: string;
  /** Where a build keeps what it derived from each body, for its other processes and the next build (lib/content/derive.ts). */
  derivedCache?: string;
};
