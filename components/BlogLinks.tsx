import { FEEDS, href, routes } from '@/lib/routing/urls';

const LINKS = [
  { href: routes.tags, label: 'Tags' },
  { href: routes.archive, label: 'Archive' },
];

/** Ways into the blog besides the list: tags, the archive by year, the feed. */
export function BlogLinks({ current }: { current?: string }) {
  return (
    <nav aria-label="Blog" className="mt-4 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
      {LINKS.map((link) => (
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
