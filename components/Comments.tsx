import { faComments } from '@fortawesome/free-solid-svg-icons/faComments';
import { giscusAttributes, type Giscus } from '@/lib/services/giscus';
import { Icon } from './Icon';

/**
 * giscus comments under a post or page: nothing of giscus until the reader
 * presses "Show comments" (or, with `loading: lazy`, scrolls to them); then
 * Folio's script (client/comments.ts) adds giscus' own script with these
 * settings and the theme the page shows, and follows the theme switch.
 * Without JavaScript, the button is a link to the repository's discussions.
 */
export function Comments({ giscus, lang }: { giscus: Giscus; lang: string }) {
  const data = Object.fromEntries(Object.entries(giscusAttributes(giscus, lang)).map(([key, value]) => [`data-giscus-${key}`, value]));
  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-14 border-t border-line pt-8 print:hidden" data-folio-comments={giscus.lazy ? 'lazy' : 'press'} {...data}>
      <h2 id="comments-heading" className="font-serif text-2xl font-semibold text-ink">
        Comments
      </h2>
      <div data-folio-comments-intro="" className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <a
          href={`https://github.com/${giscus.repo}/discussions`}
          data-folio-comments-show=""
          className="inline-flex items-center gap-2 rounded-md border border-line px-3 py-2 text-sm font-medium text-ink transition-colors hover:border-accent hover:text-accent"
        >
          <Icon icon={faComments} className="size-4" />
          Show comments
        </a>
        <p className="text-sm text-muted">Comments are GitHub Discussions, shown by giscus: nothing loads from giscus.app until you ask.</p>
      </div>
      <div className="giscus mt-6" />
    </section>
  );
}
