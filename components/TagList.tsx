import { href, routes, type TermKind } from '@/lib/routing/urls';
import { termLabel, termSlug } from '@/lib/content/taxonomy';

/** A post's tags (`#name`, as in their address) or categories, each a link to its page. */
export function TagList({ names, kind = 'tag', label }: { names: string[]; kind?: TermKind; label: string }) {
  if (names.length === 0) return null;
  return (
    <span className="flex flex-wrap gap-1.5">
      <span className="sr-only">{label}</span>
      {names.map((name) => (
        <a
          key={name}
          href={href(routes.term(kind, termSlug(name)))}
          className="rounded-full bg-surface px-2 py-0.5 text-xs text-muted transition-colors hover:text-accent hover:underline"
        >
          {termLabel(kind, name)}
        </a>
      ))}
    </span>
  );
}
