import type { PropsOf } from '@/lib/mdx/vocabulary';

/**
 * `<Cite id="blend25" />` in a post: `[1]`, a link to the entry in the post's
 * reference list. The number is set at compile time by lib/bibliography/remark-cite.ts.
 */
export function Cite({ id, number }: PropsOf<'Cite'> & { number?: string }) {
  if (!id) return null;
  return (
    <a href={`#ref-${id}`} className="whitespace-nowrap font-medium text-accent no-underline hover:underline">
      [{number ?? '?'}]
    </a>
  );
}
