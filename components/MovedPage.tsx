/**
 * A page that moved (`redirect:` in its front matter, as in al-folio): the
 * browser goes on to the new place at once, with a refresh of zero seconds
 * (a static host can send no redirect, and a delay would trap readers of
 * assistive technology), and the page says where, with a link, for a browser
 * that does not follow. React hoists the <meta> into the document's head.
 */
export function MovedPage({ title, to }: { title: string; to: { href: string; title: string } }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${to.href}`} />
      <div className="py-16 text-center">
        <h1 className="font-serif text-3xl font-semibold text-ink">{title}</h1>
        <p className="mt-3 text-muted">
          This page has moved to{' '}
          <a href={to.href} className="font-medium text-accent underline underline-offset-2 hover:opacity-80">
            {to.title}
          </a>
          .
        </p>
      </div>
    </>
  );
}
