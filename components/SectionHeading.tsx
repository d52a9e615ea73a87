/** A section title inside a page, e.g. "News" or "Latest posts". */
export function SectionHeading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="mb-4 font-serif text-2xl font-semibold text-ink">
      {children}
    </h2>
  );
}
