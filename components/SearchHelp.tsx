import { href } from '@/lib/routing/urls';
import type { NavItem } from '@/lib/content';

const KEY = 'rounded border border-line bg-surface px-1.5 py-0.5 font-sans text-sm text-ink';

/**
 * The search page: how to search, and, since search runs in the browser,
 * what to do without JavaScript. `data-folio-search-page` makes folio.js
 * open the dialog on arrival (with `?q=` as the query).
 */
export function SearchHelp({ browse }: { browse: NavItem[] }) {
  return (
    <div data-folio-search-page="" className="max-w-2xl">
      <h1 className="font-serif text-4xl font-semibold tracking-tight text-ink">Search</h1>
      <p className="mt-4 leading-relaxed text-muted">
        Search finds words in posts, publications, pages and news. It runs in your browser: press <kbd className={KEY}>/</kbd> or{' '}
        <kbd className={KEY}>Ctrl</kbd> <kbd className={KEY}>K</kbd> on any page, or the search button at the top.
      </p>
      {/* Said to everyone (a <noscript> is not shown where scripts are only blocked): with JavaScript, the dialog covers this page. */}
      <p className="mt-4 leading-relaxed text-muted">It needs JavaScript. Without it, every page is a link away:</p>
      <h2 className="mt-10 font-serif text-xl font-semibold text-ink">Browse the site</h2>
      <ul className="mt-3 grid gap-1 sm:grid-cols-2">
        {browse.map((item) => (
          <li key={item.href}>
            <a href={href(item.href)} className="inline-block py-1.5 text-accent hover:underline">
              {item.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
