import { FEEDS, href, routes } from '@/lib/routing/urls';
import { hasList, type Content } from '@/lib/content';

const LINKS = [
  { href: routes.tags, label: 'Tags' },
  { href: routes.archive, label: 'Archive' },
] as const;

/** Ways into the blog besides the list: tags (when a post has one), the archive by year, the feed. */
export function BlogLinks({ content, current }: { content: Content; current?: string }) {
  return (
    <nav aria-label="Blog" className="mt-4 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
      {LINKS.filter((link) => hasList(content, link.href)).map((link) => (
        <a
          key={link.href}
          href={href(link.href)}
          aria-current={link.href === current ? 'page' : undefined}
          className={`rounded-md px-2 py-1 first:-ml-2 hover:bg-surface hover:text-accent ${link.href === current ? 'font-semibold text-accent' : 'text-muted'}`}
        >
          {link.label}
        </a>
      ))}
      <a href={href(FEEDS[0].path)} className="rounded-md px-2 py-1 text-muted hover:bg-surface hover:text-accent">
        RSS feed
      </a>
    </nav>
  );
}
