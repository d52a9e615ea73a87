/**
 * `<Cite id="blend25" />` in a post: `[1]`, a link to the entry in the post's
 * reference list. The number is set at compile time by lib/bibliography/remark-cite.ts.
 */
export function Cite({ id, number }: { id?: string; number?: string }) {
  if (!id) return null;
  return (
    <a href={`#ref-${id}`} className="whitespace-nowrap font-medium text-accent no-underline hover:underline">
      [{number ?? '?'}]
    </a>
  );
}
