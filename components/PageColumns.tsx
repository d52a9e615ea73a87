/**
 * The one grid of every page (docs/design.md): the text column
 * (`--folio-measure`, 65–75 characters of body text) and, from 64rem on, a
 * side column beside it for what accompanies the text: the table of
 * contents, the portrait; the two centred together in the composition. On
 * narrower screens the side column's content comes first (`asideFirst`,
 * after `head`) or not at all (the table of contents folds into the text
 * instead). `head` (the about page's name) sits above the text, beside the
 * side column. Without an aside, everything keeps to the text column, and
 * wide pieces (figure rows, tables, code, lists) take the wide band; on a
 * list page (`band: 'wide'`) the text column is the band's left part.
 */
export function PageColumns({
  aside,
  side = 'right',
  asideFirst = false,
  head,
  band = 'text',
  children,
}: {
  aside?: React.ReactNode;
  side?: 'left' | 'right';
  asideFirst?: boolean;
  head?: React.ReactNode;
  /** `wide`: a list page (publications, projects, the CV), whose title and text share the list's left edge. */
  band?: 'text' | 'wide';
  children: React.ReactNode;
}) {
  return (
    <div className="page-grid" data-aside={aside ? side : undefined} data-band={band === 'wide' ? 'wide' : undefined}>
      {head && <div className="page-head">{head}</div>}
      <div className="page-main">{children}</div>
      {aside && <div className={`page-aside ${asideFirst ? 'aside-first' : 'hidden lg:block'}`}>{aside}</div>}
    </div>
  );
}
