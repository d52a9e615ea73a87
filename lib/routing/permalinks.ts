import { generatedRouteAt, OWNED_ROUTES, routes } from './urls';

/** A file's claim on a permalink: its path (as the content log takes it) and the line that sets it. */
export type PermalinkClaim = { permalink: string; file: string; line: number };

/** A claim that cannot be granted, on its file's line. */
export type PermalinkProblem = { file: string; line: number; message: string; fix: string };

const OWNED_BLOG_ROUTES = OWNED_ROUTES.filter((r) => r.startsWith(routes.blogIndex)).join(', ');

/** What to tell a page that takes the permalink of a page Folio generates (urls.ts, `generatedRouteAt`). */
const GENERATED: Record<NonNullable<ReturnType<typeof generatedRouteAt>>, (permalink: string) => Omit<PermalinkProblem, 'file' | 'line'>> = {
  blog: (p) => ({ message: `permalink ${p} is a page Folio generates for the blog`, fix: `choose a permalink outside ${routes.blogIndex} (a page may title ${OWNED_BLOG_ROUTES})` }),
  project: (p) => ({ message: `permalink ${p} is where a project's page goes`, fix: 'move the file into content/projects/, or choose another permalink' }),
  course: (p) => ({ message: `permalink ${p} is where a course's page goes`, fix: 'move the file into content/teaching/, or choose another permalink' }),
  'news item': (p) => ({ message: `permalink ${p} is the address of a news item's page`, fix: `choose a permalink outside ${routes.news} (a page with permalink ${routes.news} titles the news list)` }),
  search: (p) => ({ message: `permalink ${p} is the search page`, fix: 'choose another permalink' }),
};

/**
 * One file per address. The pages Folio generates from content (posts, news
 * items with a page, projects with a page) claim theirs first, so a page that
 * collides with one is told on its own `permalink` line; a page may not take
 * the address of a page Folio generates, and `layout: blog` titles the blog
 * index, at its address only. `shown` names a file in a message.
 */
export function permalinkProblems(generated: PermalinkClaim[], pages: (PermalinkClaim & { layout: string })[], shown: (file: string) => string): PermalinkProblem[] {
  const problems: PermalinkProblem[] = [];
  const claims = new Map<string, string>();
  const claim = ({ permalink, file, line }: PermalinkClaim) => {
    const other = claims.get(permalink);
    if (other) problems.push({ file, line, message: `permalink ${permalink} is already used by ${other}`, fix: 'give one of the two files another `permalink`' });
    else claims.set(permalink, shown(file));
  };
  generated.forEach(claim);
  for (const page of pages) {
    const taken = generatedRouteAt(page.permalink);
    if (page.layout === 'blog' && page.permalink !== routes.blogIndex) {
      problems.push({ file: page.file, line: page.line, message: `\`layout: blog\` titles the blog index at ${routes.blogIndex}`, fix: `set \`permalink: ${routes.blogIndex}\`` });
    } else if (taken) {
      problems.push({ file: page.file, line: page.line, ...GENERATED[taken](page.permalink) });
    } else claim(page);
  }
  return problems;
}
