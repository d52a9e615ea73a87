import { analyticsTags, type Analytics } from '@/lib/services/analytics';
import { href } from '@/lib/routing/urls';

/**
 * The analytics provider's documented snippet (lib/services/analytics.ts),
 * `defer`: in the head, after everything of the page. GA4 has none here:
 * Folio's script loads it after the visitor accepts (ConsentNotice).
 */
export function AnalyticsScripts({ analytics }: { analytics: Analytics }) {
  const tags = analyticsTags(analytics);
  return (
    <>
      {tags.scripts.map((script) => (
        <script key={script.src} defer src={script.src} {...Object.fromEntries(Object.entries(script.data).map(([key, value]) => [`data-${key}`, value]))} />
      ))}
      {/* Constant text (Plausible's init): the static export's policy allows it by its hash. */}
      {tags.inline && <script dangerouslySetInnerHTML={{ __html: tags.inline }} />}
    </>
  );
}

/** GoatCounter's pixel for visitors without JavaScript: the page's path, as its documentation asks. */
export function AnalyticsPixel({ analytics, path }: { analytics: Analytics; path: string }) {
  const pixel = analyticsTags(analytics).pixel;
  if (!pixel) return null;
  return (
    <noscript>
      {/* eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not an image to optimise */}
      <img src={`${pixel}?p=${encodeURIComponent(href(path))}`} alt="" width={1} height={1} className="absolute size-px opacity-0" />
    </noscript>
  );
}

/**
 * GA4's consent notice: hidden until Folio's script (client/consent.ts)
 * shows it to a visitor who has not answered; nothing is sent to Google
 * before "Allow". Without JavaScript nothing can be measured, and it stays hidden.
 */
export function ConsentNotice({ measurementId }: { measurementId: string }) {
  return (
    <>
      {/* Shown by Folio's script: the visitor's way back to the question. */}
      <div hidden data-folio-consent-ask="" className="frame -mt-4 pb-8 text-center text-sm print:hidden">
        <button type="button" className="text-muted underline underline-offset-2 hover:text-accent">
          Analytics
        </button>
      </div>
    <section
      hidden
      data-folio-consent={measurementId}
      aria-labelledby="consent-heading"
      className="fixed inset-x-3 bottom-3 z-40 mx-auto max-w-xl rounded-xl border border-line bg-page p-4 text-sm text-ink shadow-lg sm:inset-x-6 print:hidden"
    >
      <h2 id="consent-heading" className="font-semibold">
        May this site count your visit?
      </h2>
      <p className="mt-1 text-muted">With your consent, Google Analytics measures which pages are read. Nothing is sent to Google unless you allow it.</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" data-folio-consent-answer="granted" className="rounded-md bg-accent px-3 py-1.5 font-medium text-page hover:opacity-90">
          Allow
        </button>
        <button type="button" data-folio-consent-answer="denied" className="rounded-md border border-line px-3 py-1.5 font-medium text-ink hover:border-accent hover:text-accent">
          Decline
        </button>
      </div>
    </section>
    </>
  );
}
