import { href, routes, type TermKind } from '@/lib/routing/urls';
import { termLabel, termSlug } from '@/lib/content/taxonomy';

/**
 * A post's tags (`#name`, as in their address) or categories, each a link
 * to its page. Inline boxes (not inline blocks, around which a line may
 * always break), each kept whole: a line of them wraps between two, and a
 * separator bound to the first by a no-break space stays with it.
 */
export function TagList({ names, kind = 'tag', label }: { names: string[]; kind?: TermKind; label: string }) {
  if (names.length === 0) return null;
  return (
    <span>
      <span className="sr-only">{label} </span>
      {names.map((name, i) => (
        <span key={name}>
          {i > 0 && ' '}
          <a href={href(routes.term(kind, termSlug(name)))} className="whitespace-nowrap rounded-full bg-surface px-2 py-0.5 text-xs text-muted transition-colors [box-decoration-break:clone] hover:text-accent hover:underline">
            {termLabel(kind, name)}
          </a>
        </span>
      ))}
    </span>
  );
}
