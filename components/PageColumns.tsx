/**
 * The one grid of every page: the text column (`--measure`, 65–75
 * characters of body text) and, from 64rem on, a side column beside it for
 * what accompanies the text: the table of contents, the portrait. On
 * narrower screens the side column's content comes first (`asideFirst`) or
 * not at all (the table of contents folds into the text instead).
 * Everything else on a page keeps to the text column (app/globals.css).
 */
export function PageColumns({
  aside,
  side = 'right',
  asideFirst = false,
  children,
}: {
  aside?: React.ReactNode;
  side?: 'left' | 'right';
  asideFirst?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className="page-grid" data-aside={aside ? side : undefined}>
      <div className="page-main">{children}</div>
      {aside && (
        <div className={`page-aside ${asideFirst ? 'order-first lg:order-none' : 'hidden lg:block'}`}>{aside}</div>
      )}
    </div>
  );
}
