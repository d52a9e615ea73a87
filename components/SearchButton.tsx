import { href, routes } from '@/lib/routing/urls';
import { faMagnifyingGlass } from '@fortawesome/free-solid-svg-icons/faMagnifyingGlass';
import { Icon } from './Icon';

/**
 * Opens the search dialog (client/folio.ts listens for `data-folio-search`).
 * A link to the search page, so that without JavaScript it still leads
 * somewhere: a page that says what else to try.
 */
export function SearchButton() {
  return (
    <a
      href={href(routes.search)}
      data-folio-search=""
      aria-keyshortcuts="Control+K Meta+K /"
      title="Search (Ctrl+K or /)"
      className="inline-flex size-11 items-center justify-center rounded-full text-muted transition-colors hover:bg-surface hover:text-accent"
    >
      <Icon icon={faMagnifyingGlass} className="size-[1.15rem]" />
      <span className="sr-only">Search</span>
    </a>
  );
}
